/**
 * High availability: master election with quorum over a static JGroups member list and
 * synchronous replication of the store's batches to in-sync slaves. Roles are objects ({@code CandidateRole},
 * {@code MasterRole}, {@code SlaveRole}, {@code FencedRole}) switched on view changes. Filled by the HA issue;
 * nothing here talks to clients directly.
 */
package dev.petrel.ha;
