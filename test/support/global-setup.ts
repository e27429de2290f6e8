import { ensureBuilt } from "../e2e/workbench-env";

/**
 * Builds dist/ once before any suite runs when it is missing or older than the sources, so
 * `npm test` works on a fresh clone and the browser and build tests never race two builds.
 */
export default function globalSetup(): void {
  ensureBuilt();
}
