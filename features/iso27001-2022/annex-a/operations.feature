Feature: Annex A.10.1 to A.10.5 - changes, segregation of duties, environments, third-party services, malicious code and back-up

  Background:
    Given these people:
      | id    | name          | jobTitle   | management |
      | P-CEO | Ada Lovelace  | CEO        | true       |
      | P-OPS | Grace Hopper  | Head of IT | false      |
      | P-DEV | Linus Torvald | Developer  | false      |
      | P-ADM | Ken Thompson  | Sysadmin   | false      |

  Rule: A.8.32 - changes to operational systems are approved before they are made

    Background:
      Given these assets:
        | id     | name            | type           | owner | environment |
        | AST-DB | Customer DB     | server         | P-OPS | production  |
        | AST-FW | Office firewall | network-device | P-OPS | production  |

    @A.8.32 @conforming
    Scenario: Operational changes approved before or on the day of implementation, and one not yet implemented
      Given these changes:
        | id    | kind        | systemId | requestedBy | approvedBy | approvedOn | implementedOn | implementedBy |
        | CHG-1 | operational | AST-FW   | P-ADM       | P-OPS      | 2026-05-02 | 2026-05-04    | P-ADM         |
        | CHG-2 | operational | AST-DB   | P-ADM       | P-OPS      | 2026-06-10 | 2026-06-10    | P-ADM         |
        | CHG-3 | operational | AST-DB   | P-ADM       |            |            |               |               |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.32

    @A.8.32 @nonconforming
    Scenario: No change records in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.32 is a gap about $.changes

  Rule: A.5.3 - conflicting duties are segregated

    Background:
      Given these assets:
        | id     | name            | type           | owner |
        | AST-DB | Customer DB     | server         | P-OPS |
        | AST-FW | Office firewall | network-device | P-OPS |

    @A.5.3 @conforming
    Scenario: Conflicting roles held by different people, a leaver who held both, and independently approved changes
      Given these security roles:
        | id       | name                 | conflictsWith |
        | ROLE-DEV | Developer            | [ROLE-REL]    |
        | ROLE-REL | Release manager      | [ROLE-DEV]    |
        | ROLE-ADM | System administrator |               |
      And these people:
        | id  | name      | roles                | leftOn     |
        | P-X | Old Timer | [ROLE-DEV, ROLE-REL] | 2026-01-31 |
        | P-Y | Dev Admin | [ROLE-DEV, ROLE-ADM] |            |
        | P-Z | Releaser  | [ROLE-REL]           |            |
      And these changes:
        | id    | kind     | systemId | requestedBy | approvedBy | approvedOn | implementedOn | implementedBy |
        | CHG-1 | software | AST-DB   | P-DEV       | P-OPS      | 2026-05-02 | 2026-05-04    | P-ADM         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.3

    @A.5.3 @nonconforming
    Scenario: A developer who is also release manager, an auditor who administers systems, and self-approved changes
      Given these security roles:
        | id       | name                 | conflictsWith |
        | ROLE-DEV | Developer            | [ROLE-REL]    |
        | ROLE-REL | Release manager      | [ROLE-DEV]    |
        | ROLE-AUD | Internal auditor     | [ROLE-ADM]    |
        | ROLE-ADM | System administrator |               |
      And these people:
        | id  | name        | roles                |
        | P-Y | Dev Release | [ROLE-DEV, ROLE-REL] |
        | P-Z | Audit Admin | [ROLE-AUD, ROLE-ADM] |
        | P-W | Dev Admin   | [ROLE-DEV, ROLE-ADM] |
      And these changes:
        | id    | kind        | systemId | requestedBy | approvedBy | approvedOn | implementedOn | implementedBy |
        | CHG-1 | operational | AST-FW   | P-OPS       | P-OPS      | 2026-05-02 | 2026-05-04    | P-ADM         |
        | CHG-2 | software    | AST-DB   | P-DEV       | P-ADM      | 2026-06-02 | 2026-06-04    | P-ADM         |
        | CHG-3 | software    | AST-DB   | P-DEV       | P-OPS      | 2026-07-02 | 2026-07-04    | P-ADM         |
      When it is assessed on 2026-11-29
      Then the findings against A.5.3 are:
        | kind                | subject |
        | minor nonconformity | P-Y     |
        | minor nonconformity | P-Z     |
        | minor nonconformity | CHG-1   |
        | minor nonconformity | CHG-2   |
      And the finding against A.5.3 about P-Z points at $.people[5].roles
      And the finding against A.5.3 about CHG-2 points at $.changes[1].implementedBy

    @A.5.3 @nonconforming
    Scenario: Roles that declare no conflicts at all are an observation
      Given these security roles:
        | id       | name                 |
        | ROLE-DEV | Developer            |
        | ROLE-ADM | System administrator |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.3 is an observation about $.roles

    @A.5.3 @nonconforming
    Scenario: No security roles in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.3 is a gap about $.roles

  Rule: A.8.31 - an organization developing software separates development, test and production

    @A.8.31 @conforming
    Scenario: Separate development and test systems next to production
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these assets:
        | id      | name         | type   | owner | environment |
        | AST-DB  | Customer DB  | server | P-OPS | production  |
        | AST-DEV | Build server | server | P-DEV | development |
        | AST-TST | Test server  | server | P-DEV | test        |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.31

    @A.8.31 @conforming
    Scenario: An organization that develops no software is not checked
      Given the organization's characteristics are:
        | softwareDevelopment | false |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.31

    @A.8.31 @nonconforming
    Scenario: Only production systems although software is developed
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these assets:
        | id      | name       | type     | owner | environment |
        | AST-DB  | Customer DB | server  | P-OPS | production  |
        | AST-LAP | Dev laptop | endpoint | P-DEV |             |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.31 is a minor nonconformity about $.assets

    @A.8.31 @nonconforming
    Scenario: An inventory that states no environment is a gap
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these assets:
        | id      | name        | type   | owner |
        | AST-DB  | Customer DB | server | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.31 is a gap about $.assets

    @A.8.31 @nonconforming
    Scenario: No asset inventory in the snapshot is a gap
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.31 is a gap about $.assets

  Rule: A.5.22 - third-party services are monitored and reviewed

    @A.5.22 @conforming
    Scenario: Services reviewed within the interval in force or their own
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id    | name       | providesService | reviewIntervalMonths | lastServiceReviewOn |
        | S-CLD | CloudCo    | true            |                      | 2026-02-01          |
        | S-MSP | Managed IT | true            | 24                   | 2025-01-15          |
        | S-CAT | Caterer    | false           |                      |                     |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.22

    @A.5.22 @nonconforming
    Scenario: Services reviewed too long ago and one never shown as reviewed
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id    | name       | providesService | reviewIntervalMonths | lastServiceReviewOn |
        | S-CLD | CloudCo    | true            |                      | 2025-10-01          |
        | S-MSP | Managed IT | true            | 6                    | 2026-04-15          |
        | S-PAY | PayrollCo  | true            |                      |                     |
        | S-ISP | Internet   | true            | 24                   | 2025-01-15          |
        | S-CAT | Caterer    | false           |                      |                     |
      When it is assessed on 2026-11-29
      Then the findings against A.5.22 are:
        | kind                | subject |
        | minor nonconformity | S-CLD   |
        | minor nonconformity | S-MSP   |
        | gap                 | S-PAY   |
      And the finding against A.5.22 about S-MSP points at $.suppliers[1].lastServiceReviewOn

    @A.5.22 @nonconforming
    Scenario: Outsourced services but no supplier delivering one is a gap
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id    | name    | providesService |
        | S-CAT | Caterer | false           |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.22 is a gap about $.suppliers

    @A.5.22 @conforming
    Scenario: An organization without outsourced services is not checked
      Given the organization's characteristics are:
        | outsourcedServices | false |
      And these suppliers:
        | id    | name    | providesService | lastServiceReviewOn |
        | S-CLD | CloudCo | true            | 2020-01-01          |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.22

    @A.5.22 @nonconforming
    Scenario: A service the organization states it has never reviewed (format 1.1) is a lapse, not a gap
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id    | name       | providesService | lastServiceReviewOn |
        | S-CLD | CloudCo    | true            | 2026-02-01          |
        | S-PAY | PayrollCo  | true            | never               |
      When it is assessed on 2026-11-29
      Then the findings against A.5.22 are:
        | kind                | subject |
        | minor nonconformity | S-PAY   |
      And the finding against A.5.22 about S-PAY says "has never been reviewed"

  Rule: A.8.7 - systems that run code are protected against malicious code

    @A.8.7 @conforming
    Scenario: Protected servers, laptops and phones; a switch and an out-of-scope laptop are not checked
      Given these assets:
        | id      | name        | type           | owner | malwareProtection | inScope |
        | AST-SRV | File server | server         | P-OPS | true              |         |
        | AST-LAP | Laptop 12   | endpoint       | P-DEV | true              |         |
        | AST-PHN | Phone 3     | mobile-device  | P-DEV | true              |         |
        | AST-SW  | Core switch | network-device | P-OPS |                   |         |
        | AST-OLD | Lab laptop  | endpoint       | P-DEV | false             | false   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.7

    @A.8.7 @nonconforming
    Scenario: An unprotected laptop and a server whose protection is not stated
      Given these assets:
        | id      | name        | type     | owner | malwareProtection |
        | AST-LAP | Laptop 12   | endpoint | P-DEV | false             |
        | AST-SRV | File server | server   | P-OPS | true              |
        | AST-DB  | Customer DB | server   | P-OPS |                   |
        | AST-DOC | Contracts   | information | P-OPS |                |
      When it is assessed on 2026-11-29
      Then the findings against A.8.7 are:
        | kind                | subject |
        | minor nonconformity | AST-LAP |
        | gap                 | AST-DB  |
      And the finding against A.8.7 about AST-LAP points at $.assets[0].malwareProtection

    @A.8.7 @nonconforming
    Scenario: No asset inventory in the snapshot is a gap for malicious code protection
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.7 is a gap about $.assets

  Rule: A.8.13 - information is backed up and restores are tested

    @A.8.13 @conforming
    Scenario: Back-ups of the assets that need them, restored successfully within the year
      Given these assets:
        | id     | name        | type     | owner | backupRequired |
        | AST-DB | Customer DB | server   | P-OPS | true           |
        | AST-WK | Wiki        | software | P-OPS | false          |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | daily     | 2026-11-28   | 2026-03-10        | true                 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.13

    @A.8.13 @nonconforming
    Scenario: A missing back-up, a stale restore test, a failed one and one never tested
      Given these assets:
        | id     | name        | type     | owner | backupRequired |
        | AST-DB | Customer DB | server   | P-OPS | true           |
        | AST-FS | File server | server   | P-OPS | true           |
        | AST-ML | Mail        | service  | P-OPS | true           |
        | AST-HR | HR system   | software | P-OPS | true           |
        | AST-CR | CRM         | software | P-OPS | true           |
        | AST-WK | Wiki        | software | P-OPS | false          |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | daily     | 2026-11-28   | 2025-10-01        | true                 |
        | BKP-2 | AST-FS  | daily     | 2026-11-28   | 2025-10-01        | false                |
        | BKP-3 | AST-ML  | daily     | 2026-11-28   |                   |                      |
        | BKP-4 | AST-HR  | daily     | 2026-11-28   | 2026-09-01        | true                 |
      When it is assessed on 2026-11-29
      Then the findings against A.8.13 are:
        | kind                | subject |
        | minor nonconformity | BKP-1   |
        | minor nonconformity | BKP-2   |
        | gap                 | BKP-3   |
        | minor nonconformity | AST-CR  |
      And the finding against A.8.13 about AST-CR points at $.assets[4].backupRequired

    @A.8.13 @conforming
    Scenario: The organization's own back-up interval of a month: a back-up taken three weeks ago is recent enough
      Given the organization's own interval for backup is P1M
      And these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | weekly    | 2026-11-08   | 2026-03-10        | true                 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.13

    @A.8.13 @nonconforming
    Scenario: A back-up that stopped running two months ago, with the default back-up interval of a week
      Given these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
        | AST-FS | File server | server | P-OPS | true           |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | daily     | 2026-09-30   | 2026-03-10        | true                 |
        | BKP-2 | AST-FS  | daily     | 2026-11-25   | 2026-03-10        | true                 |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.13 is a minor nonconformity about BKP-1
      And the finding against A.8.13 about BKP-1 points at $.backups[0].lastBackupOn

    @A.8.13 @nonconforming
    Scenario: A back-up interval of six months is beyond what an auditor accepts: the bound of a month is used
      Given the organization's own interval for backup is P6M
      And these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | monthly   | 2026-09-30   | 2026-03-10        | true                 |
      When it is assessed on 2026-11-29
      Then the findings against A.8.13 are:
        | kind                | subject                  |
        | minor nonconformity | BKP-1                    |
        | minor nonconformity | $.organization.intervals |

    @A.8.13 @nonconforming
    Scenario: No back-up at all although assets need one is one major nonconformity
      Given these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
        | AST-FS | File server | server | P-OPS | true           |
      And the snapshot lists no backups
      When it is assessed on 2026-11-29
      Then the only finding against A.8.13 is a major nonconformity about $.backups

    @A.8.13 @nonconforming
    Scenario: No back-ups in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.13 is a gap about $.backups

    @A.8.13 @nonconforming
    Scenario: The organization states that one restore was never tested and one back-up never taken (format 1.1)
      Given these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
        | AST-FS | File server | server | P-OPS | true           |
        | AST-ML | Mail        | service | P-OPS | true          |
      And these backups:
        | id    | assetId | frequency | lastBackupOn | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | daily     | 2026-11-28   | never             |                      |
        | BKP-2 | AST-FS  | daily     | never        | never             |                      |
        | BKP-3 | AST-ML  | daily     | 2026-11-28   | 2026-06-01        | true                 |
      When it is assessed on 2026-11-29
      Then the findings against A.8.13 are:
        | kind                | subject |
        | minor nonconformity | BKP-1   |
        | minor nonconformity | BKP-2   |
        | minor nonconformity | BKP-2   |
      And the finding against A.8.13 about BKP-1 says "has never been tested"
      And the finding against A.8.13 about BKP-1 points at $.backups[0].lastRestoreTestOn

    @A.8.13 @nonconforming
    Scenario: A back-up record that does not say when the last copy was taken is a gap
      Given these assets:
        | id     | name        | type   | owner | backupRequired |
        | AST-DB | Customer DB | server | P-OPS | true           |
      And these backups:
        | id    | assetId | frequency | lastRestoreTestOn | restoreTestSucceeded |
        | BKP-1 | AST-DB  | daily     | 2026-06-01        | true                 |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.13 is a gap about BKP-1
      And the finding against A.8.13 about BKP-1 points at $.backups[0].lastBackupOn
