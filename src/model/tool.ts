/** Tool identity for reports. Kept in sync with package.json by a test. */
export const TOOL = {
  name: 'topiclint',
  version: '0.1.0',
  informationUri: 'https://github.com/topiclint/topiclint',
} as const;
