package org.tandem.insight.quality;

/** A visit someone is on the team for, with the round and service it belongs to. */
public record AssignedVisit(Visit visit, QualityRound round, String serviceName) {
}
