import type { BrowserWindow, Dialog } from 'electron';

const KEPT_AS_DRAFT =
  'Det du skrev, lagres fortløpende som utkast og tilbys igjen når du åpner avtalen (de siste sekundene før stoppet kan mangle).';

/**
 * Keeps the window usable when its page crashes or hangs: the user is told what happened and the
 * page is loaded again, which offers the case's autosaved draft when it is opened.
 */
export function watchRenderer(
  window: BrowserWindow,
  dialog: Pick<Dialog, 'showMessageBox'>,
  quit: () => void,
): void {
  const contents = window.webContents;
  // Set when the user chose to restart a hung page: its end is expected, not a crash.
  let restarting = false;

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (restarting) {
      restarting = false;
      contents.reload();
      return;
    }
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Skyavtale',
        message: 'Vinduet stoppet uventet og lastes inn på nytt.',
        detail: `${KEPT_AS_DRAFT}\n\nÅrsak: ${details.reason} (kode ${details.exitCode}).`,
        buttons: ['Last inn på nytt', 'Avslutt'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response === 1) quit();
        else contents.reload();
      });
  });

  let waiting: AbortController | null = null;
  contents.on('unresponsive', () => {
    if (waiting) return;
    waiting = new AbortController();
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Skyavtale',
        message: 'Skyavtale svarer ikke akkurat nå.',
        detail: `Du kan vente, eller laste vinduet inn på nytt. ${KEPT_AS_DRAFT}`,
        buttons: ['Vent', 'Last inn på nytt'],
        defaultId: 0,
        cancelId: 0,
        signal: waiting.signal,
      })
      .then(({ response }) => {
        waiting = null;
        if (response !== 1) return;
        restarting = true;
        contents.forcefullyCrashRenderer();
      });
  });
  // The page came back by itself: the question is no longer needed.
  contents.on('responsive', () => {
    waiting?.abort();
  });
}
