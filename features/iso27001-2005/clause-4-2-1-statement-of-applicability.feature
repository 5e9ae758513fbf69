Feature: Clause 4.2.1 j) - the Statement of Applicability
  Every Annex A control is either selected, with the reason and its implementation status, or excluded
  with a justification that the risk treatment does not contradict.

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-OPS | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner |
      | AST-DB | Customer DB | information | P-OPS |

  Rule: 4.2.1.j.1 - the SoA covers every control and gives the reason for each selection

    @4.2.1.j.1 @conforming
    Scenario: An SoA that decides every one of the 133 controls, each selection with its reason
      Given the statement of applicability lists every Annex A control as selected because "Risk assessment 2026"
      And the organization states that it has none of the characteristics
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.j.1

    @4.2.1.j.1 @nonconforming
    Scenario: No SoA in the snapshot is a gap, and its per-control checks do not run
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.1 is a gap about $.statementOfApplicability
      And there is no finding against 4.2.1.j.2
      And there is no finding against 4.2.1.j.3

    @4.2.1.j.1 @nonconforming
    Scenario: An SoA without entries is one major nonconformity, not 133 missing controls
      Given the statement of applicability is:
        | id      | SOA-1  |
      And the snapshot lists no SoA entries
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.1 is a major nonconformity about SOA-1

    @4.2.1.j.1 @nonconforming
    Scenario: An SoA that lists only two controls, one without a reason
      Given these SoA entries:
        | control | applicable | reason            | status      |
        | A.5.1.1 | true       | Required by board | implemented |
        | A.5.1.2 | true       |                   | implemented |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.j.1 number 133
      And it has a gap against 4.2.1.j.1 about $.organization.characteristics
      And it has a minor nonconformity against 4.2.1.j.1 about A.5.1.2
      And it has a minor nonconformity against 4.2.1.j.1 about A.15.3.2
      And the finding against 4.2.1.j.1 about A.5.1.2 points at $.statementOfApplicability.entries[1].reason

    @4.2.1.j.1 @nonconforming
    Scenario: The organization states that it has no Statement of Applicability (format 1.1)
      Given the snapshot states that the organization has no statementOfApplicability
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.1 is a major nonconformity about $.statementOfApplicability

  Rule: 4.2.1.j.2 and 4.2.1.j.3 - implementation status and justified, consistent exclusions

    @4.2.1.j.2 @4.2.1.j.3 @conforming
    Scenario: Selected controls with status, exclusions justified and not needed by any risk
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
      And these SoA entries:
        | control  | applicable | reason    | status      | justification                 | riskIds |
        | A.10.5.1 | true       | Risk R-1  | implemented |                               | [R-1]   |
        | A.10.9.1 | false      |           |             | The company sells nothing online |      |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.j.2
      And there is no finding against 4.2.1.j.3

    @4.2.1.j.2 @nonconforming
    Scenario: A selected control without implementation status
      Given these SoA entries:
        | control  | applicable | reason   |
        | A.10.5.1 | true       | Risk R-1 |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.2 is a minor nonconformity about A.10.5.1

    @4.2.1.j.3 @nonconforming
    Scenario: An exclusion without justification, and an exclusion a treated risk relies on
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
      And these SoA entries:
        | control  | applicable | justification       |
        | A.10.5.1 | false      | Backups are manual  |
        | A.10.9.1 | false      |                     |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.j.3 are:
        | kind                | subject  |
        | minor nonconformity | A.10.5.1 |
        | minor nonconformity | A.10.9.1 |
      And the finding against 4.2.1.j.3 about A.10.5.1 points at $.risks[0].controls

  Rule: 4.2.1.j.3 - each exclusion is justified by a real reason of its own

    @4.2.1.j.3 @conforming
    Scenario: Short factual justifications, and one text shared by two exclusions only
      Given these SoA entries:
        | control  | applicable | justification                               |
        | A.10.9.1 | false      | The company sells nothing online            |
        | A.10.9.2 | false      | No online transactions: invoices are posted |
        | A.11.7.1 | false      | Staff work in the office                    |
        | A.11.7.2 | false      | Staff work in the office.                   |
        | A.12.5.5 | false      | No software development is outsourced       |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.j.3

    @4.2.1.j.3 @nonconforming
    Scenario Outline: An exclusion justified by a placeholder (<case>)
      Given these SoA entries:
        | control  | applicable | justification   |
        | A.10.9.1 | false      | <justification> |
        | A.11.7.1 | false      | Staff work in the office |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.3 is a minor nonconformity about A.10.9.1
      And the finding against 4.2.1.j.3 about A.10.9.1 points at $.statementOfApplicability.entries[0].justification

      Examples:
        | case             | justification  |
        | digits only      | 1.2            |
        | n/a              | N/A            |
        | a few characters | ok             |
        | not applicable   | Not applicable |
        | to be done       | TBD            |

    @4.2.1.j.3 @nonconforming
    Scenario: Justifications that only restate the exclusion give no reason
      Given these SoA entries:
        | control  | applicable | justification                |
        | A.10.9.1 | false      | Not relevant to our business |
        | A.10.9.2 | false      | Out of scope                 |
        | A.11.7.1 | false      | Staff work in the office     |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.j.3 are:
        | kind                | subject  |
        | minor nonconformity | A.10.9.1 |
        | minor nonconformity | A.10.9.2 |

    @4.2.1.j.3 @nonconforming
    Scenario: The same justification copied onto three exclusions
      Given these SoA entries:
        | control  | applicable | justification                      |
        | A.10.9.1 | false      | Handled by our hosting provider    |
        | A.10.9.2 | false      | Handled by our hosting provider.   |
        | A.10.9.3 | false      | handled by our hosting  provider   |
        | A.11.7.1 | false      | Staff work in the office           |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.j.3 are:
        | kind                | subject  |
        | minor nonconformity | A.10.9.1 |
        | minor nonconformity | A.10.9.2 |
        | minor nonconformity | A.10.9.3 |

  Rule: 4.2.1.j.1 - every characteristic that decides controls is stated

    @4.2.1.j.1 @conforming
    Scenario: The organization states every characteristic of the catalogue
      Given the statement of applicability lists every Annex A control as selected because "Risk assessment 2026"
      And the organization's characteristics are:
        | premises | false |
        | datacentre | false |
        | publicAccessAreas | false |
        | externalParties | false |
        | customerAccess | false |
        | outsourcedServices | false |
        | softwareDevelopment | false |
        | outsourcedDevelopment | false |
        | cryptography | false |
        | electronicCommerce | false |
        | onlineTransactions | false |
        | publicInformation | false |
        | mobileCode | false |
        | removableMedia | false |
        | physicalMediaTransport | false |
        | electronicMessaging | false |
        | interconnectedBusinessSystems | false |
        | networks | false |
        | remoteAccess | false |
        | remoteDiagnosticPorts | false |
        | sharedNetworks | false |
        | highRiskLocations | false |
        | sensitiveSystems | false |
        | mobileComputing | false |
        | teleworking | false |
        | equipmentOffPremises | false |
        | personalData | false |
        | systemAuditTools | false |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.j.1

    @4.2.1.j.1 @nonconforming
    Scenario: A characteristic left out of the profile is one gap listing the controls it decides
      Given the statement of applicability lists every Annex A control as selected because "Risk assessment 2026"
      And the organization's characteristics are:
        | datacentre | false |
        | publicAccessAreas | false |
        | externalParties | false |
        | customerAccess | false |
        | outsourcedServices | false |
        | softwareDevelopment | false |
        | outsourcedDevelopment | false |
        | cryptography | false |
        | electronicCommerce | false |
        | onlineTransactions | false |
        | publicInformation | false |
        | mobileCode | false |
        | removableMedia | false |
        | physicalMediaTransport | false |
        | electronicMessaging | false |
        | interconnectedBusinessSystems | false |
        | networks | false |
        | remoteAccess | false |
        | remoteDiagnosticPorts | false |
        | sharedNetworks | false |
        | highRiskLocations | false |
        | sensitiveSystems | false |
        | mobileComputing | false |
        | teleworking | false |
        | equipmentOffPremises | false |
        | personalData | false |
        | systemAuditTools | false |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.j.1 is a gap about $.organization.characteristics
      And the finding against 4.2.1.j.1 about $.organization.characteristics points at $.organization.characteristics.premises

    @4.2.1.j.1 @nonconforming
    Scenario: An SoA to check but no characteristic stated at all: one gap, since every characteristic-driven control drops out
      Given these SoA entries:
        | control | applicable | reason   | status      |
        | A.5.1.1 | true       | Risk R-1 | implemented |
      When it is assessed on 2026-11-29
      Then it has a gap against 4.2.1.j.1 about $.organization.characteristics
      And the finding against 4.2.1.j.1 about $.organization.characteristics says "states none of the"

    @4.2.1.j.1 @conforming
    Scenario: A profile with no characteristics and no SoA yet is a profile still to be written, not a gap here
      Given an organization
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.j.1 about $.organization.characteristics
