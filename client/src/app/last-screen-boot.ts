/**
 * Inlined into index.html as a classic script (client/last-screen-script.ts), so it runs before
 * any module: shows the last screen kept on this device, if there is one for this visit.
 */
import { removeLastScreen, showLastScreen } from '../lib/last-screen';

try {
  showLastScreen(document, window);
} catch {
  // A copy that cannot be shown must never keep the app from showing.
  removeLastScreen(document);
}
