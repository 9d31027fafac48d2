import { createRoot } from 'react-dom/client';
import { createExcelHost, officeDocumentSettings } from '../hosts/excel/office';
import { workbookSettingsStore } from '../settings/stores';
import { App } from './components/App';
import { PaneContext, type PaneServices } from './context';
import { productPipeline } from './pipeline';

const root = document.getElementById('root');

function render(): void {
  if (!root) return;
  const services: PaneServices = {
    host: createExcelHost(),
    pipeline: productPipeline,
    settings: workbookSettingsStore(officeDocumentSettings()),
    settingsPlace: 'workbook',
  };
  // The ribbon's 一键校验 opens the pane at taskpane.html?run=validate.
  const autorun = new URLSearchParams(window.location.search).get('run') === 'validate';
  createRoot(root).render(
    <PaneContext.Provider value={services}>
      <App autorun={autorun} />
    </PaneContext.Provider>,
  );
}

if (typeof Office === 'undefined') {
  // Opened outside Excel (office.js could not load): say where the product can be tried instead.
  if (root) root.textContent = '此页面需在 Excel 中打开。没有 Excel？请打开 index.html（浏览器预览）。 This page runs inside Excel; without Excel, open index.html (browser preview).';
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render();
    else if (root) root.textContent = '绩效校验仅支持 Excel。 JiXiao runs in Excel only.';
  });
}
