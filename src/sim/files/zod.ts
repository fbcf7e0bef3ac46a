import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function` unless told not to; the page's
 * Content-Security-Policy forbids eval, and even zod's probe for it is reported as
 * a violation. Every file reads zod from here, so the setting is made before any parse.
 */
z.config({ jitless: true });

export { z };
