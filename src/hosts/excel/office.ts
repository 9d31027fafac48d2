import type { DocumentSettings, ExcelEnvironment } from './context';
import { ExcelHost } from './host';

/** The only file that touches the Office globals; everything else takes them as an ExcelEnvironment. */
export function officeDocumentSettings(): DocumentSettings {
  const s = Office.context.document.settings;
  return {
    get: (name) => s.get(name) as unknown,
    set: (name, value) => s.set(name, value),
    save: () =>
      new Promise((resolve, reject) => {
        s.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error.message));
        });
      }),
  };
}

export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: officeDocumentSettings(),
  };
}

export function createExcelHost(): ExcelHost {
  return new ExcelHost(officeEnvironment());
}
