/**
 * Settings the e2e tests store: no summary service, no automatic summaries, and summaries meant
 * for the person's own AI endpoint, set up but not yet granted (localhost is not among the e2e
 * build's host permissions), so a document that may be sent stops at the permission check and a
 * restricted one never gets that far.
 */
export const UNGRANTED_ENDPOINT_SETTINGS = {
  serviceUrl: '',
  serviceKey: '',
  autoSummaries: false,
  summariserTier: 'llm-endpoint',
  llm: { endpoint: 'http://localhost:9/v1', model: 'llama3.2', key: '' },
} as const;
