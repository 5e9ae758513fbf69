Feature: Whole organizations - the verdict, and findings an auditor would write
  Per-requirement scenarios state what each check finds. These state the whole result of whole organizations:
  a conforming reference organization has no nonconformity and no gap, each defect planted in it is reported
  exactly once, an organization without its ISMS gets its roots and no flood, and grades follow the grading table
  (docs/grading.md). The reference organization is the Northwind sample with its few minors corrected.

  Background:
    Given the snapshot of the sample northwind-mature
    And these values are set in the snapshot:
      | path                                   | value                            |
      | $.accounts[8].lastReviewedOn           | 2026-11-02                       |
      | $.documents[20].lastReviewedOn         | 2026-10-27                       |
      | $.trainingRecords[41].evaluation       | Quiz passed, objectives met      |

  @judgement @conforming
  Scenario: The reference organization conforms: ready, with its observations only
    When it is assessed on 2026-11-29
    Then the verdict is ready
    And there is no nonconformity and no gap
    And the findings are exactly:
      | requirement | kind                | subject            | items |
      | 4.3.2.b     | observation         | DOC-NW-10          | 1     |
      | 8.1         | observation         | F-NW-2026-01-2     | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04      | 1     |
      | A.5.1.2     | observation         | DOC-NW-01          | 1     |

  @judgement @nonconforming
  Scenario: Defects planted in the reference organization are each reported once, under the most specific requirement
    Given these values are set in the snapshot:
      | path                             | value      |
      | $.policy.approvedBy              | (absent)   |
      | $.people[27].leftOn              | 2026-06-30 |
      | $.accounts[8].lastReviewedOn     | 2025-10-02 |
    When it is assessed on 2026-11-29
    Then the findings are exactly:
      | requirement | kind                | subject            | items |
      | 4.2.1.b.5   | gap                 | POL-NW             | 1     |
      | A.8.3.3     | minor nonconformity | ACC-NW-0113        | 1     |
      | A.11.2.4    | minor nonconformity | ACC-NW-0107        | 1     |
      | 4.3.2.b     | observation         | DOC-NW-10          | 1     |
      | 8.1         | observation         | F-NW-2026-01-2     | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04      | 1     |
      | A.5.1.2     | observation         | DOC-NW-01          | 1     |
    And the finding against A.11.2.4 is graded "minor (iso27001-2005/grading.csv line"

  @judgement @nonconforming
  Scenario: Bypasses planted in the reference organization are each found, with the right requirement and subject
    Given these values are set in the snapshot:
      | path                                          | value      |
      | $.decisions[8].decidedBy                      | P-010      |
      | $.organization.intervals.leaver-grace         | P5Y        |
      | $.people[27].leftOn                           | 2026-02-01 |
      | $.accounts[21].enabled                        | (absent)   |
      | $.accounts[21].disabledOn                     | (absent)   |
      | $.backups[0].lastBackupOn                     | 2026-09-30 |
      | $.organization.characteristics.premises       | (absent)   |
      | $.statementOfApplicability.entries[46].justification | n/a |
    When it is assessed on 2026-11-29
    Then the findings are exactly:
      | requirement | kind                | subject                        | items |
      | 4.2.1.j.1   | gap                 | $.organization.characteristics | 1     |
      | 4.2.1.j.3   | minor nonconformity | A.10.2.3                       | 1     |
      | A.8.3.3     | gap                 | ACC-NW-0150                    | 1     |
      | A.8.3.3     | minor nonconformity | $.organization.intervals       | 1     |
      | A.8.3.3     | minor nonconformity | ACC-NW-0113                    | 1     |
      | A.10.5.1    | minor nonconformity | BKP-NW-01                      | 1     |
      | A.12.6.1    | minor nonconformity | VUL-NW-04                      | 1     |
      | 4.3.2.b     | observation         | DOC-NW-10                      | 1     |
      | 8.1         | observation         | F-NW-2026-01-2                 | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04                  | 1     |
      | A.5.1.2     | observation         | DOC-NW-01                      | 1     |

  @judgement @nonconforming
  Scenario: Dozens of selected controls neither implemented nor planned are one systematic finding, not one per control
    Given these values are set in the snapshot:
      | path                                          | value           |
      | $.statementOfApplicability.entries[0].status | not-implemented |
      | $.statementOfApplicability.entries[1].status | not-implemented |
      | $.statementOfApplicability.entries[2].status | not-implemented |
      | $.statementOfApplicability.entries[3].status | not-implemented |
      | $.statementOfApplicability.entries[4].status | not-implemented |
      | $.statementOfApplicability.entries[5].status | not-implemented |
      | $.statementOfApplicability.entries[6].status | not-implemented |
      | $.statementOfApplicability.entries[7].status | not-implemented |
      | $.statementOfApplicability.entries[8].status | not-implemented |
      | $.statementOfApplicability.entries[9].status | not-implemented |
      | $.statementOfApplicability.entries[11].status | not-implemented |
      | $.statementOfApplicability.entries[13].status | not-implemented |
      | $.statementOfApplicability.entries[14].status | not-implemented |
      | $.statementOfApplicability.entries[15].status | not-implemented |
      | $.statementOfApplicability.entries[16].status | not-implemented |
      | $.statementOfApplicability.entries[17].status | not-implemented |
      | $.statementOfApplicability.entries[18].status | not-implemented |
      | $.statementOfApplicability.entries[21].status | not-implemented |
      | $.statementOfApplicability.entries[24].status | not-implemented |
      | $.statementOfApplicability.entries[25].status | not-implemented |
      | $.statementOfApplicability.entries[35].status | not-implemented |
      | $.statementOfApplicability.entries[36].status | not-implemented |
      | $.statementOfApplicability.entries[39].status | not-implemented |
      | $.statementOfApplicability.entries[40].status | not-implemented |
      | $.statementOfApplicability.entries[41].status | not-implemented |
      | $.statementOfApplicability.entries[56].status | not-implemented |
      | $.statementOfApplicability.entries[57].status | not-implemented |
      | $.statementOfApplicability.entries[58].status | not-implemented |
      | $.statementOfApplicability.entries[60].status | not-implemented |
      | $.statementOfApplicability.entries[65].status | not-implemented |
      | $.statementOfApplicability.entries[71].status | not-implemented |
      | $.statementOfApplicability.entries[72].status | not-implemented |
      | $.statementOfApplicability.entries[73].status | not-implemented |
      | $.statementOfApplicability.entries[75].status | not-implemented |
      | $.statementOfApplicability.entries[77].status | not-implemented |
      | $.statementOfApplicability.entries[79].status | not-implemented |
    When it is assessed on 2026-11-29
    Then the findings are exactly:
      | requirement | kind                | subject            | items |
      | 4.2.2.c     | major nonconformity | A.10.1.1           | 36    |
      | 4.3.2.b     | observation         | DOC-NW-10          | 1     |
      | 8.1         | observation         | F-NW-2026-01-2     | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04      | 1     |
      | A.5.1.2     | observation         | DOC-NW-01          | 1     |
    And the finding against 4.2.2.c is graded "major: escalated from minor, a systematic failure: 36 of 133"

  @judgement @nonconforming
  Scenario: A management review a little overdue is a minor; one missed for more than a further interval is a major
    Given these values are set in the snapshot:
      | path                             | value      |
      | $.managementReviews[0].heldOn    | 2024-10-16 |
      | $.managementReviews[1].heldOn    | 2025-09-30 |
      | $.managementReviews[1].nextReviewPlannedOn | (absent) |
    When it is assessed on 2026-11-29
    Then the finding against 7.1.planned is graded "minor: due on 2026-09-30, late by less than one further interval"
    Given these values are set in the snapshot:
      | path                             | value      |
      | $.managementReviews[1].heldOn    | 2024-10-31 |
      | $.managementReviews[0].heldOn    | 2023-10-31 |
    When it is assessed on 2026-11-29
    Then the finding against 7.1.planned is graded "major: due on 2025-10-31 and more than a whole further interval (12 months) late"

  @judgement @nonconforming
  Scenario: A mature organization whose snapshot lacks its SoA and treatment plan gets those two roots, no flood
    Given these values are set in the snapshot:
      | path                        | value    |
      | $.statementOfApplicability  | (absent) |
      | $.treatmentPlan             | (absent) |
    When it is assessed on 2026-11-29
    Then the verdict is not-ready
    And the verdict names as not evidenced: "risk treatment plan, Statement of Applicability"
    And the findings are exactly:
      | requirement | kind                | subject                    | items |
      | 4.2.1.j.1   | gap                 | $.statementOfApplicability | 1     |
      | 4.2.2.a     | gap                 | $.treatmentPlan            | 1     |
      | 4.3.2.b     | observation         | DOC-NW-10                  | 1     |
      | 8.1         | observation         | F-NW-2026-01-2             | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04              | 1     |
      | A.5.1.2     | observation         | DOC-NW-01                  | 1     |
    And the finding against 4.2.1.j.1 blocks A.10.5.1

  @judgement @nonconforming
  Scenario: A policy approved by someone outside management is reported once, under the requirement on approval
    Given these values are set in the snapshot:
      | path                 | value |
      | $.policy.approvedBy  | P-013 |
    When it is assessed on 2026-11-29
    Then the findings are exactly:
      | requirement | kind                | subject            | items |
      | 4.2.1.b.5   | minor nonconformity | POL-NW             | 1     |
      | 4.3.2.b     | observation         | DOC-NW-10          | 1     |
      | 8.1         | observation         | F-NW-2026-01-2     | 1     |
      | 8.2.d       | observation         | CA-NW-2026-04      | 1     |
      | A.5.1.2     | observation         | DOC-NW-01          | 1     |
    And the finding against 4.2.1.b.5 is graded "minor (iso27001-2005/grading.csv line"
    And the verdict is ready-with-conditions

