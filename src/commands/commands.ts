import { createExcelHost } from '../hosts/excel/office';

/**
 * Ribbon functions (ExecuteFunction). The 一键校验 and 打开任务窗格 buttons open the pane itself
 * (ShowTaskpane); only "clear marks" runs here, so it works with the pane closed.
 */
async function clearHighlights(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await createExcelHost().clearHighlights();
  } catch (err) {
    // A function command has no UI of its own; the pane shows the same error when used from there.
    console.error(err);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('clearHighlights', clearHighlights);
});
