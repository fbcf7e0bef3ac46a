/**
 * The built-in policies (src/sim/policies) in plain words, keyed by policy name: a short label and
 * what the policy does. Shown by the presenter's setup page and bar, and by the CLI's help.
 */
export const policyStrings = {
  'policy.historical.label': 'Like the real operation',
  'policy.historical.about':
    'Protects threatened people with cover stories and acts just before the legal authorisation ends.',
  'policy.early.label': 'Early arrests',
  'policy.early.about': 'Acts a fifth of the way through: few handsets, little evidence, little risk.',
  'policy.never-intervene.label': 'Never intervene',
  'policy.never-intervene.about':
    'Ignores every threat to kill to protect the secret; acts when the real operation did.',
  'policy.cautious.label': 'Cautious',
  'policy.cautious.about':
    'Cover stories only; acts once it has read three rumours in a week that the phone is police, or the secret leaks.',
  'policy.last-minute.label': 'Last minute',
  'policy.last-minute.about': 'Waits for the very last day the authorisation allows.',
  'policy.open-protection.label': 'Open protection',
  'policy.open-protection.about':
    'Protects every threatened person openly, whatever the suspicion; acts when the real operation did.',
} as const;
