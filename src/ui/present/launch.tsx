// Opens trainer mode on the alternate screen and gives the terminal back as it was found.
// Loaded only by `callcraft present` (a dynamic import), so other commands never load Ink.
import { showFullScreen, type ScreenIo } from '../full-screen';
import { PresentApp, type PresentAppProps, type PresentResult } from './app';

export type PresentIo = ScreenIo;

/** Runs the session; resolves to what it leaves behind once the trainer quits. */
export async function runPresent(props: Omit<PresentAppProps, 'onExit'>, io: PresentIo): Promise<PresentResult> {
  let result: PresentResult = { scenario: null, teams: props.teams, mode: props.mode ?? 'rotation', rounds: [], saved: [], interrupted: false };
  await showFullScreen(io, (finish) => <PresentApp {...props} onExit={(r) => { result = r; finish(); }} />);
  return result;
}
