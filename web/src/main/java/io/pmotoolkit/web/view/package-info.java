/**
 * What the templates render: one record per page, built by the page classes of {@code io.pmotoolkit.web} from the
 * toolkit's results. Public only because the precompiled templates live in another package; not an API.
 */
package io.pmotoolkit.web.view;
