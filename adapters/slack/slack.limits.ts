/**
 * Slack Block Kit limits the renderer must respect (from @slack/types JSDoc and the Block Kit reference).
 * Knowledge as data: change a number here, not the renderer.
 */
export const SLACK_LIMITS = {
  /** Blocks per message (home tabs and modals allow 100). */
  messageBlocks: 50,
  homeBlocks: 100,
  /** Section `text` and mrkdwn text objects. */
  sectionText: 3000,
  /** Each item of a section's `fields`. */
  fieldText: 2000,
  fieldsPerSection: 10,
  /** Header block plain_text. */
  headerText: 150,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Elements in one context block. */
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Top-level `text` (notification fallback); Slack truncates after 40,000, we keep it short. */
  fallbackText: 3000,
} as const;
