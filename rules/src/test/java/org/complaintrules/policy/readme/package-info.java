/** The README's code, compiled and run by {@code ReadmeSnippetTest}. */
package org.complaintrules.policy.readme;
