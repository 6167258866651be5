import { portalPlatform } from '../lib/page/platforms/fingerprint';

/**
 * Injected by the popup (activeTab) on a page Council Lens is not enabled on: is it a
 * ModernGov or CMIS portal, whatever its host? The value is executeScript's result.
 */
export default defineUnlistedScript(() => portalPlatform(document));
