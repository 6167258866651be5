import type { PlatformAdapter } from '../types';
import { hasModernGovFingerprint, moderngovDetectors } from './detect';
import { extractModernGovMeeting } from './meeting';

export const moderngov: PlatformAdapter = {
  id: 'moderngov',
  hasFingerprint: hasModernGovFingerprint,
  detectors: moderngovDetectors,
  extractors: { meeting: extractModernGovMeeting },
};
