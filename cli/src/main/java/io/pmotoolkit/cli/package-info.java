/** The {@code pmo} command line: picocli commands that parse arguments, call the analyzer and render. */
package io.pmotoolkit.cli;
