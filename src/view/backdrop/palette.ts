/**
 * Backdrop colours. Message traffic is Okabe–Ito sky blue and the copies going to the listening
 * post are Okabe–Ito orange: a pair that stays distinct for protan, deutan and tritan vision, and
 * that also differs in brightness so it survives greyscale and washed-out projectors.
 * Keep in step with the CSS custom properties in src/view/ui/styles.css.
 */
export const palette = {
  background: 0x070b14,
  backgroundCentre: '#0e1a2e',
  backgroundEdge: '#04070d',
  graticule: 'rgba(86, 180, 233, 0.06)',
  land: 'rgba(86, 180, 233, 0.035)',
  link: 'rgba(140, 170, 210, 0.16)',
  longLink: 'rgba(86, 180, 233, 0.13)',
  node: 'rgba(170, 195, 225, 0.55)',
  hub: 'rgba(120, 200, 245, 0.95)',
  hubHalo: 'rgba(86, 180, 233, 0.18)',
  post: '#e69f00',
  postCss: 'rgba(230, 159, 0, 0.9)',
  postHalo: 'rgba(230, 159, 0, 0.22)',
  message: 0x56b4e9,
  messageHead: 0xbfe6ff,
  copy: 0xe69f00,
  copyHead: 0xffd27a,
} as const;
