/** The {@code complaint-advisor} command line, a sample host of the library. */
package org.complaintrules.cli;
