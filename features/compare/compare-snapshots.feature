Feature: Compare snapshots over time
  Between two assessments of one organization an auditor wants to know what was fixed, what is new, what
  persists, what changed form, and what regressed: a finding whose kind got worse, a control that was
  implemented and no longer is, or a finding resolved once that is back. Findings are matched by their stable
  id, then by requirement, rule and primary subject.

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-CEO | Ada Lovelace | CEO         | true       |
      | P-OPS | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner | critical |
      | AST-DB | Customer DB | information | P-OPS | true     |
    And the risk methodology is:
      | id                  | RM-1                                     |
      | impactScale.min     | 1                                        |
      | impactScale.max     | 5                                        |
      | likelihoodScale.min | 1                                        |
      | likelihoodScale.max | 5                                        |
      | levelFormula        | product                                  |
      | acceptanceCriteria  | Levels up to 8 may be accepted by owners |
      | acceptanceThreshold | 8                                        |

  @compare @4.2.1.a @nonconforming
  Scenario: A scope completed in part: one exclusion justified, a new one unjustified, one aspect still missing
    Given the scope is:
      | id                  | SCOPE-1               |
      | business            | SaaS payroll platform |
      | organizationalUnits | Engineering           |
      | assets              | Production platform   |
    And these scope exclusions:
      | id     | description       |
      | EXCL-1 | Marketing website |
    And the organization was assessed on 2026-05-29
    When the scope is:
      | technology | Kubernetes on AWS |
    And the scope exclusions are now:
      | id     | description       | justification                               |
      | EXCL-1 | Marketing website | Hosted by an agency, holds no customer data |
      | EXCL-2 | Analytics beta    |                                             |
    And it is assessed on 2026-11-29
    Then compared with the earlier assessment, the findings against 4.2.1.a are:
      | change   | subject | was                 | now                 |
      | resolved | EXCL-1  | minor nonconformity |                     |
      | new      | EXCL-2  |                     | minor nonconformity |
      | changed  | SCOPE-1 | minor nonconformity | minor nonconformity |
    And there is no regression against 4.2.1.a

  @compare @4.2.1.c.3 @conforming
  Scenario: Risk levels recalculated with the methodology's formula: fixed, and nothing regressed
    Given these risks:
      | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
      | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Service outage    | 4      | 3          | 8     | apply-controls | [A.10.5.1] | P-OPS |
    And the organization was assessed on 2026-05-29
    When the risks are now:
      | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
      | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Service outage    | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
    And it is assessed on 2026-11-29
    Then there is no finding against 4.2.1.c.3
    And compared with the earlier assessment, the findings against 4.2.1.c.3 are:
      | change   | subject | was                 | now |
      | resolved | R-1     | minor nonconformity |     |
    And there is no regression against 4.2.1.c.3

  @compare @4.2.1.c.3 @nonconforming
  Scenario: A finding that persists, and one resolved half a year ago that is back
    Given these risks:
      | id  | assetIds | threat     | vulnerability  | affects           | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
      | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability]    | Service outage    | 4      | 3          | 8     | apply-controls | [A.10.5.1] | P-OPS |
      | R-2 | [AST-DB] | Theft      | Shared admin   | [confidentiality] | Data breach       | 5      | 2          | 5     | apply-controls | [A.11.2.2] | P-OPS |
    And the organization was assessed on 2025-11-29
    And the risks are now:
      | id  | assetIds | threat     | vulnerability  | affects           | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
      | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability]    | Service outage    | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
      | R-2 | [AST-DB] | Theft      | Shared admin   | [confidentiality] | Data breach       | 5      | 2          | 5     | apply-controls | [A.11.2.2] | P-OPS |
    And the organization was assessed on 2026-05-29
    When the risks are now:
      | id  | assetIds | threat     | vulnerability  | affects           | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
      | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability]    | Service outage    | 4      | 3          | 9     | apply-controls | [A.10.5.1] | P-OPS |
      | R-2 | [AST-DB] | Theft      | Shared admin   | [confidentiality] | Data breach       | 5      | 2          | 5     | apply-controls | [A.11.2.2] | P-OPS |
    And it is assessed on 2026-11-29
    Then compared with the earlier assessment, the findings against 4.2.1.c.3 are:
      | change     | subject | was                 | now                 |
      | new        | R-1     |                     | minor nonconformity |
      | persisting | R-2     | minor nonconformity | minor nonconformity |
    And the regressions against 4.2.1.c.3 are:
      | regression | subject |
      | reopened   | R-1     |

  @compare @4.2.1.j.2 @nonconforming
  Scenario: A control that was implemented and no longer is, and a status decided since
    Given these SoA entries:
      | control  | applicable | reason   | status      |
      | A.10.5.1 | true       | Risk R-1 | implemented |
      | A.10.9.1 | true       | Risk R-1 |             |
    And the organization was assessed on 2026-05-29
    When the SoA entries are now:
      | control  | applicable | reason   | status      |
      | A.10.5.1 | true       | Risk R-1 | partial     |
      | A.10.9.1 | true       | Risk R-1 | implemented |
    And it is assessed on 2026-11-29
    Then compared with the earlier assessment, the findings against 4.2.1.j.2 are:
      | change   | subject  | was                 | now |
      | resolved | A.10.9.1 | minor nonconformity |     |
    And compared with the earlier assessment, the SoA status changes are:
      | control  | was                 | now         |
      | A.10.5.1 | implemented         | partial     |
      | A.10.9.1 | selected, no status | implemented |
    And the regressions against A.10.5.1 are:
      | regression            | subject  |
      | no longer implemented | A.10.5.1 |
    And there is no regression against A.10.9.1

  @compare @4.2.1.j.3 @nonconforming
  Scenario: An implemented control excluded without justification is a new finding and a regression
    Given these SoA entries:
      | control  | applicable | reason                          | status      |
      | A.10.9.2 | true       | Card payments on the platform   | implemented |
    And the organization was assessed on 2026-05-29
    When the SoA entries are now:
      | control  | applicable |
      | A.10.9.2 | false      |
    And it is assessed on 2026-11-29
    Then compared with the earlier assessment, the findings against 4.2.1.j.3 are:
      | change | subject  | was | now                 |
      | new    | A.10.9.2 |     | minor nonconformity |
    And compared with the earlier assessment, the SoA status changes are:
      | control  | was         | now      |
      | A.10.9.2 | implemented | excluded |
    And the regressions against A.10.9.2 are:
      | regression            | subject  |
      | no longer implemented | A.10.9.2 |
