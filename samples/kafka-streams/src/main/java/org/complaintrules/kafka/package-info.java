/**
 * A Kafka Streams host of the library: {@link org.complaintrules.kafka.AdviceTopology} answers each
 * complaint case record with an advice or error record; {@link org.complaintrules.kafka.AdvisorStreamsApp}
 * runs it.
 */
package org.complaintrules.kafka;
