/**
 * Generic file output: {@link io.pmotoolkit.core.io.AtomicFiles} writes a file through a temporary sibling and
 * a one-step, no-clobber final move, so a result is never half-written, never silently replaced and never lost
 * without an error. Knows nothing about CVs, PDFs or the command line.
 */
package io.pmotoolkit.core.io;
