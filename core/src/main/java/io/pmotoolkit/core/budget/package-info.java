/** Budgets that bound the work on one document, whatever the input: a per-thread deadline and named limits. */
package io.pmotoolkit.core.budget;
