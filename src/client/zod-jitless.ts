/**
 * zod probes whether it may compile validators with `new Function`; under this site's
 * Content-Security-Policy (no 'unsafe-eval') the probe is blocked and reported as a violation even
 * though zod catches it. zod decides when a schema is created, so every browser entry that loads a
 * schema imports this before anything else: zod then skips the probe and validates without compiling
 * (fast enough for a file a reader imports).
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
