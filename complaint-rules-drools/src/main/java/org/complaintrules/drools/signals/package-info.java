/**
 * Text signal analysis: turns a complaint's free text into a {@link
 * org.complaintrules.drools.model.TextProfile} and {@link org.complaintrules.drools.model.Signal}
 * facts for the rules.
 *
 * <p>{@link org.complaintrules.drools.signals.DefaultSignalAnalyzer} is the implementation the
 * library uses; {@link org.complaintrules.drools.signals.SignalAnalyzer} is the extension point a host
 * implements to add its own analysis (a classifier it holds) beside it, through
 * {@code DroolsComplaintAdvisor.Builder#addSignalAnalyzer}. Words are stemmed with Apache Lucene's
 * Snowball stemmers (en, ru, et) and Chinese word boundaries come from Lucene's smartcn segmenter. The word lists it matches live beside it as resources, one file per language and
 * signal under {@code org/complaintrules/drools/signals/lexicon/}, so policy owners can review
 * them; the format is described in {@code lexicon/README.md}. The abuse lists are curated from LDNOOBW v2
 * (CC0 1.0; licence in {@code lexicon/LDNOOBW-LICENSE.txt}).
 */
package org.complaintrules.drools.signals;
