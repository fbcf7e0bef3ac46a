/**
 * Colours of the map. Meanings use the Okabe–Ito set (safe for protan, deutan and tritan vision)
 * and each is paired with a shape or line style, so nothing is told by colour alone:
 * handset = sky-blue fill, went dark = grey fill, evidence = yellow solid ring,
 * heard the leak rumour = vermillion dashed ring, selected = white outline.
 * Keep in step with the legend (src/view/ui/map/MapLegend.tsx) and src/view/ui/styles.css.
 */
export const mapPalette = {
  background: '#070b14',
  ocean: '#0a1322',
  graticule: 'rgba(86, 180, 233, 0.07)',
  land: '#142033',
  landWithSyndicates: '#1a2c45',
  landReached: '#1f3a5c',
  border: 'rgba(120, 150, 190, 0.35)',
  countryLabel: 'rgba(210, 225, 245, 0.8)',
  clusterOutline: 'rgba(120, 150, 190, 0.22)',

  /** Okabe–Ito sky blue: has the handset. */
  handset: '#56b4e9',
  handsetCss: 'rgba(86, 180, 233, 1)',
  /** Went dark (stopped using the handset after the leak). */
  dark: '#8a9099',
  /** No handset: hollow, with a light outline. */
  personFill: '#0d1828',
  personOutline: 'rgba(185, 205, 230, 0.85)',
  /** Okabe–Ito yellow: analysts have read evidence against this person. */
  evidence: '#f0e442',
  /** Okabe–Ito vermillion: heard the "dump your phone" rumour. */
  rumour: '#d55e00',
  arrested: '#ffffff',
  selection: '#ffffff',

  tie: 'rgba(150, 175, 210, 0.16)',
  tieDim: 'rgba(150, 175, 210, 0.06)',
  handsetTie: 'rgba(86, 180, 233, 0.55)',
  syndicateTie: 'rgba(86, 180, 233, 0.45)',

  markerFill: 'rgba(9, 16, 28, 0.9)',
  markerOutline: 'rgba(185, 205, 230, 0.5)',
  markerOutlineReached: 'rgba(220, 232, 248, 0.9)',
} as const;

/** The same colours as numbers, for Phaser Graphics. */
export const mapColours = {
  selection: 0xffffff,
  cursor: 0xf0e442,
  pulse: 0x56b4e9,
  rumourPulse: 0xd55e00,
} as const;
