Feature: Clause 6.1.3 d) - the Statement of Applicability
  Every Annex A control is either selected, with the reason and its implementation status, or excluded
  with a justification that the risk treatment does not contradict.

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-OPS | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner |
      | AST-DB | Customer DB | information | P-OPS |

  Rule: 6.1.3.d - the SoA covers every control and gives the reason for each selection

    @6.1.3.d @conforming
    Scenario: An SoA that decides every one of the 133 controls, each selection with its reason
      Given the statement of applicability lists every Annex A control as selected because "Risk assessment 2026"
      And the organization states that it has none of the characteristics
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.d

    @6.1.3.d @nonconforming
    Scenario: An SoA without entries is one major nonconformity, not 133 missing controls
      Given the statement of applicability is:
        | id      | SOA-1  |
      And the snapshot lists no SoA entries
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.d is a major nonconformity about SOA-1

    @6.1.3.d @nonconforming
    Scenario: The organization states that it has no Statement of Applicability (format 1.1)
      Given the snapshot states that the organization has no statementOfApplicability
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.d is a major nonconformity about $.statementOfApplicability

  Rule: 6.1.3.d and 6.1.3.d - implementation status and justified, consistent exclusions

  Rule: 6.1.3.d - each exclusion is justified by a real reason of its own

  Rule: 6.1.3.d - every characteristic that decides controls is stated

    @6.1.3.d @conforming
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
      Then there is no finding against 6.1.3.d

    @6.1.3.d @nonconforming
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
      Then the only finding against 6.1.3.d is a gap about $.organization.characteristics
      And the finding against 6.1.3.d about $.organization.characteristics points at $.organization.characteristics.premises

    @6.1.3.d @nonconforming
    Scenario: An SoA to check but no characteristic stated at all: one gap, since every characteristic-driven control drops out
      Given these SoA entries:
        | control | applicable | reason   | status      |
        | A.5.1 | true       | Risk R-1 | implemented |
      When it is assessed on 2026-11-29
      Then it has a gap against 6.1.3.d about $.organization.characteristics
      And the finding against 6.1.3.d about $.organization.characteristics says "states none of the"

    @6.1.3.d @conforming
    Scenario: A profile with no characteristics and no SoA yet is a profile still to be written, not a gap here
      Given an organization
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.d about $.organization.characteristics
