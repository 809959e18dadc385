/**
 * {@code pmo serve}: the local web app. A thin shell over {@link io.pmotoolkit.app.Toolkit}, as the command line
 * is: {@link io.pmotoolkit.web.WebServer} starts Javalin on Jetty, {@link io.pmotoolkit.web.Guard} refuses
 * foreign hosts and origins and forged posts and sets the security headers, and the page classes turn a result
 * into the view a jte template (under {@code src/main/jte}, precompiled at build time, escaping by default)
 * renders. Uploads stay in memory and are forgotten with the response.
 */
package io.pmotoolkit.web;
