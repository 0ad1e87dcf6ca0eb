/** Parsers and helpers of the wording layer; not API. */
package org.complaintrules.wording.internal;
