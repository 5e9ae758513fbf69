Feature: Annex A.7 - asset management
  The auditor checks that every asset the ISMS relies on is in the inventory, that in-scope assets are
  owned by someone still with the organization, that personnel acknowledged the acceptable-use rules, and
  that information assets are classified with a level of the organization's scheme.

  Background:
    Given these people:
      | id    | name         | jobTitle    | leftOn     | acceptableUseAcknowledgedOn |
      | P-OPS | Grace Hopper | Head of Ops |            | 2025-02-01                  |
      | P-OLD | Joan Clarke  | Engineer    | 2026-03-31 |                             |

  Rule: A.5.9 - every asset referenced by a risk, account, back-up or supplier is in the inventory

    @A.5.9 @conforming
    Scenario: Referenced assets are inventoried; an asset known outside the inventory is referenced by nothing
      Given these assets:
        | id         | name              | type   | owner | inInventory |
        | AST-DB     | Customer database | server | P-OPS | true        |
        | AST-SHADOW | Old test server   | server | P-OPS | false       |
      And these risks:
        | id  | assetIds |
        | R-1 | [AST-DB] |
      And these accounts:
        | id    | personId | systemId |
        | ACC-1 | P-OPS    | AST-DB   |
      And these backups:
        | id    | assetId |
        | BKP-1 | AST-DB  |
      And these suppliers:
        | id    | name         | assetIds |
        | SUP-1 | Hosting Ltd  | [AST-DB] |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.9

    @A.5.9 @nonconforming
    Scenario: Two assets in use are missing from the inventory
      Given these assets:
        | id         | name              | type    | owner | inInventory |
        | AST-DB     | Customer database | server  | P-OPS | true        |
        | AST-NAS    | File share        | server  | P-OPS | false       |
        | AST-SAAS   | CRM service       | service | P-OPS | false       |
        | AST-SHADOW | Old test server   | server  | P-OPS | false       |
      And these risks:
        | id  | assetIds          |
        | R-1 | [AST-DB]          |
        | R-2 | [AST-DB, AST-NAS] |
      And these accounts:
        | id    | personId | systemId |
        | ACC-1 | P-OPS    | AST-DB   |
        | ACC-2 | P-OPS    | AST-SAAS |
      And these backups:
        | id    | assetId |
        | BKP-1 | AST-DB  |
        | BKP-2 | AST-NAS |
      And these suppliers:
        | id    | name      | assetIds   |
        | SUP-1 | CRM Inc   | [AST-SAAS] |
      When it is assessed on 2026-11-29
      Then the findings against A.5.9 are:
        | kind                | subject  |
        | minor nonconformity | AST-NAS  |
        | minor nonconformity | AST-SAAS |
      And the finding against A.5.9 about AST-NAS points at $.assets[1].inInventory
      And the finding against A.5.9 about AST-NAS points at $.risks[1].assetIds
      And the finding against A.5.9 about AST-NAS points at $.backups[1].assetId
      And the finding against A.5.9 about AST-SAAS points at $.accounts[1].systemId
      And the finding against A.5.9 about AST-SAAS points at $.suppliers[0].assetIds

  Rule: A.5.9 - every in-scope asset is owned by an active person

    @A.5.9 @conforming
    Scenario: Owners are active; an out-of-scope asset of a leaver is not expected to be reassigned
      Given these assets:
        | id      | name              | type        | owner | inScope |
        | AST-DB  | Customer database | information | P-OPS | true    |
        | AST-OUT | Marketing site    | service     | P-OLD | false   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.9

    @A.5.9 @nonconforming
    Scenario: An asset owned by someone who left; an asset without owner is clause 6.1.2 c)'s finding
      Given these assets:
        | id       | name              | type        | owner |
        | AST-DB   | Customer database | information | P-OLD |
        | AST-CRM  | CRM service       | service     | P-OPS |
        | AST-NOWN | Team wiki         | software    |       |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.9 is a minor nonconformity about AST-DB
      And the finding against A.5.9 about AST-DB points at $.people[1].leftOn
      And the only finding against 6.1.2.c.2 is a minor nonconformity about AST-NOWN

  Rule: A.5.10 - personnel acknowledged the acceptable-use rules

    @A.5.10 @conforming
    Scenario: Every active person acknowledged the rules; a leaver who never did is not expected to
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.10

    @A.5.10 @nonconforming
    Scenario: A newcomer with no recorded acknowledgement
      Given these people:
        | id    | name         | startedOn  |
        | P-NEW | Alan Turing  | 2026-09-01 |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.10 is a gap about P-NEW
      And the finding against A.5.10 about P-NEW points at $.people[2].acceptableUseAcknowledgedOn

    @A.5.10 @nonconforming
    Scenario: No acknowledgement recorded for anyone is one gap, not one per person
      Given the snapshot lists no people
      And these people:
        | id    | name         |
        | P-OPS | Grace Hopper |
        | P-NEW | Alan Turing  |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.10 is a gap about $.people

  Rule: A.5.12 - information assets carry a classification from the scheme

    @A.5.12 @conforming
    Scenario: Information assets classified from the scheme; endpoints and out-of-scope information are not checked
      Given the organization is:
        | classificationScheme | [public, internal, confidential] |
      And these assets:
        | id      | name              | type        | owner | classification | inScope |
        | AST-DB  | Customer database | information | P-OPS | confidential   |         |
        | AST-LT  | Staff laptop      | endpoint    | P-OPS |                |         |
        | AST-OLD | 2015 archive      | information | P-OPS |                | false   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.12

    @A.5.12 @nonconforming
    Scenario: An unclassified information asset and one classified outside the scheme
      Given the organization is:
        | classificationScheme | [public, internal, confidential] |
      And these assets:
        | id      | name              | type        | owner | classification |
        | AST-DB  | Customer database | information | P-OPS | confidential   |
        | AST-CRM | Sales pipeline    | information | P-OPS |                |
        | AST-HR  | Payroll records   | information | P-OPS | secret         |
      When it is assessed on 2026-11-29
      Then the findings against A.5.12 are:
        | kind                | subject |
        | minor nonconformity | AST-CRM |
        | minor nonconformity | AST-HR  |
      And the finding against A.5.12 about AST-HR points at $.organization.classificationScheme

    @A.5.12 @nonconforming
    Scenario: No classification scheme is one gap, and the per-asset checks do not run
      Given these assets:
        | id      | name              | type        | owner | classification |
        | AST-CRM | Sales pipeline    | information | P-OPS |                |
        | AST-HR  | Payroll records   | information | P-OPS | secret         |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.12 is a gap about ORG
      And the finding against A.5.12 about ORG points at $.organization.classificationScheme
