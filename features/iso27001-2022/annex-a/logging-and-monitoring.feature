Feature: Annex A.10.10 - monitoring: audit logging, protection of logs and clock synchronization

  Background:
    Given these people:
      | id    | name         | jobTitle   |
      | P-OPS | Grace Hopper | Head of IT |

  Rule: A.8.15 - critical systems keep audit logs

    @A.8.15 @nonconforming
    Scenario: No asset inventory in the snapshot is a gap for audit logging
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.15 is a gap about $.assets

  Rule: A.8.15 - log information is protected

    @A.8.15 @conforming
    Scenario: Logs protected where systems log; a system that keeps no logs and a non-critical one need not say
      Given these assets:
        | id     | name        | type     | owner | critical | loggingEnabled | logsProtected |
        | AST-DB | Customer DB | server   | P-OPS | true     | true           | true          |
        | AST-WK | Wiki        | software | P-OPS | false    | false          |               |
        | AST-ST | Staging app | software | P-OPS | false    | true           |               |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.15

    @A.8.15 @nonconforming
    Scenario: Unprotected logs, even on a non-critical system, and a critical system whose log protection is not stated
      Given these assets:
        | id     | name        | type     | owner | critical | loggingEnabled | logsProtected |
        | AST-DB | Customer DB | server   | P-OPS | false    | true           | false         |
        | AST-ML | Mail        | service  | P-OPS | true     | true           |               |
        | AST-FW | Firewall    | network-device | P-OPS | true | true         | true          |
        | AST-WK | Wiki        | software | P-OPS | false    | false          | false         |
      When it is assessed on 2026-11-29
      Then the findings against A.8.15 are:
        | kind                | subject |
        | minor nonconformity | AST-DB  |
        | gap                 | AST-ML  |
      And the finding against A.8.15 about AST-DB points at $.assets[0].logsProtected

    @A.8.15 @nonconforming
    Scenario: No asset inventory in the snapshot is a gap for log protection
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.15 is a gap about $.assets

  Rule: A.8.17 - clocks of critical systems are synchronized

    @A.8.17 @conforming
    Scenario: Critical systems synchronized; a non-critical laptop need not be
      Given these assets:
        | id      | name        | type     | owner | critical | clockSynchronized |
        | AST-DB  | Customer DB | server   | P-OPS | true     | true              |
        | AST-LAP | Laptop 7    | endpoint | P-OPS | false    | false             |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.17

    @A.8.17 @nonconforming
    Scenario: A critical system out of sync and one that does not say
      Given these assets:
        | id      | name        | type           | owner | critical | clockSynchronized |
        | AST-DB  | Customer DB | server         | P-OPS | true     | false             |
        | AST-FW  | Firewall    | network-device | P-OPS | true     |                   |
        | AST-ML  | Mail        | service        | P-OPS | true     | true              |
        | AST-LAP | Laptop 7    | endpoint       | P-OPS | false    | false             |
      When it is assessed on 2026-11-29
      Then the findings against A.8.17 are:
        | kind                | subject |
        | minor nonconformity | AST-DB  |
        | gap                 | AST-FW  |
      And the finding against A.8.17 about AST-DB points at $.assets[0].clockSynchronized

    @A.8.17 @nonconforming
    Scenario: No asset inventory in the snapshot is a gap for clock synchronization
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.17 is a gap about $.assets
