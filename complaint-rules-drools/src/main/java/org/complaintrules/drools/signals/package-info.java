/**
 * Text signal analysis: turns a complaint's free text into a {@link
 * org.complaintrules.drools.model.TextProfile} and {@link org.complaintrules.drools.model.Signal}
 * facts for the rules.
 *
 * <p>{@link org.complaintrules.drools.signals.DefaultSignalAnalyzer} is the implementation the
 * library uses. The word lists it matches live beside it as resources, one file per language and
 * signal under {@code org/complaintrules/drools/signals/lexicon/}, so policy owners can review
 * them; the format is described in {@code Lexicon}. The abuse lists are curated from LDNOOBW v2
 * (CC0 1.0; licence in {@code lexicon/LDNOOBW-LICENSE.txt}).
 */
package org.complaintrules.drools.signals;
