Feature: Clause 7 - management review of the ISMS
  An auditor asks for the records of the management reviews: when they were held, what they took into
  account and what they decided. The most recent review held is the one read for inputs, outputs and
  conclusions; an older review is history.

  Background:
    Given these people:
      | id     | name          | jobTitle      | management |
      | P-CEO  | Ada Lovelace  | CEO           | true       |
      | P-CISO | Alan Turing   | Security lead | false      |
    And these documents:
      | id          | title                            | type                      |
      | DOC-MR-2025 | Management review minutes 2025   | management-review-minutes |
      | DOC-MR-2026 | Management review minutes 2026   | management-review-minutes |

  Rule: 7.1.planned - management reviews the ISMS at planned intervals, at least once a year

    @7.1.planned @conforming
    Scenario: The last review was held within the year, after an older one that would be overdue on its own
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-03-12 | P-CEO     | DOC-MR-2025       |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1.planned

    @7.1.planned @nonconforming
    Scenario: The snapshot says nothing about management reviews
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is a gap about $.managementReviews

    @7.1.planned @nonconforming
    Scenario: No management review ever held is one major nonconformity, not one per missing input or output
      Given the snapshot lists no management reviews
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is a major nonconformity about $.managementReviews
      And there is no finding against 5.1.h
      And there is no finding against 7.1.changes
      And there is no finding against 7.1.records
      And there is no finding against 7.2.a
      And there is no finding against 7.2.b
      And there is no finding against 7.2.c
      And there is no finding against 7.2.d
      And there is no finding against 7.2.e
      And there is no finding against 7.2.f
      And there is no finding against 7.2.g
      And there is no finding against 7.2.h
      And there is no finding against 7.2.i
      And there is no finding against 7.3.a
      And there is no finding against 7.3.b
      And there is no finding against 7.3.c
      And there is no finding against 7.3.d
      And there is no finding against 7.3.e

    @7.1.planned @nonconforming
    Scenario: A review planned for next month does not make up for a last review held 18 months ago
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2024 | 2024-05-20 | P-CEO     | DOC-MR-2025       |
        | MR-2025 | 2025-05-28 | P-CEO     | DOC-MR-2026       |
        | MR-2026 | 2026-12-10 | P-CEO     |                   |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is a minor nonconformity about MR-2025
      And the finding against 7.1.planned about MR-2025 points at $.managementReviews[1].heldOn

    @7.1.planned @nonconforming
    Scenario: The organization's own half-yearly interval makes an eight-month-old review overdue
      Given the organization's own interval for management-review is P6M
      And these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2026 | 2026-03-27 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is a minor nonconformity about MR-2026

    @7.1.planned @nonconforming
    Scenario: The next review falls due within the month
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-12-15 | P-CEO     | DOC-MR-2025       |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is an observation about MR-2025

    @7.1.planned @nonconforming
    Scenario: Reviews recorded without a date cannot show the yearly rhythm
      Given these management reviews:
        | id      | chairedBy | minutesDocumentId |
        | MR-A    | P-CEO     | DOC-MR-2025       |
        | MR-B    | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.planned is a gap about MR-A
      And the finding against 7.1.planned about MR-A points at $.managementReviews[0].heldOn

    @7.1.planned @nonconforming
    Scenario: A two-yearly plan does not excuse a review that is more than a year old
      Given the organization's own interval for management-review is P24M
      And these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-24 | 2024-06-01 | P-CEO     |
        | MR-25 | 2025-08-01 | P-CEO     |
        | MR-26 |            | P-CEO     |
      When it is assessed on 2026-11-29
      Then the findings against 7.1.planned are:
        | kind                | subject                  |
        | minor nonconformity | MR-25                    |
        | minor nonconformity | $.organization.intervals |
      And the finding against 7.1.planned about MR-25 points at $.managementReviews[1].heldOn

    @7.1.planned @nonconforming
    Scenario: An assessor's two-yearly setting does not excuse a review more than a year old
      Given the assessor's intervals file sets management-review to P24M
      And these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-08-01 | P-CEO     | DOC-MR-2025       |
      When it is assessed on 2026-11-29
      Then the findings against 7.1.planned are:
        | kind                | subject |
        | minor nonconformity | MR-2025 |
      And the finding against 7.1.planned about MR-2025 says "more than a year"

    @7.1.planned @conforming
    Scenario: The latest review set the next one within the year, and it is not yet due (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       | 2027-02-25          |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1.planned

    @7.1.planned @nonconforming
    Scenario: The latest review set the next one beyond the year (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       | 2027-06-01          |
      When it is assessed on 2026-11-29
      Then the findings against 7.1.planned are:
        | kind                | subject |
        | minor nonconformity | MR-2026 |
      And the finding against 7.1.planned about MR-2026 points at $.managementReviews[0].nextReviewPlannedOn

    @7.1.planned @nonconforming
    Scenario: The review planned for September was not held, although the year has not run out (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-01-20 | P-CEO     | DOC-MR-2026       | 2026-09-15          |
      When it is assessed on 2026-11-29
      Then the findings against 7.1.planned are:
        | kind                | subject |
        | minor nonconformity | MR-2026 |
      And the finding against 7.1.planned about MR-2026 says "planned for 2026-09-15 has not been held"

  Rule: 7.1.changes - the review assesses opportunities for improvement and the need for change

    @7.1.changes @conforming
    Scenario: The last review concluded on both improvement and change; an older one did not
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | conclusions                                |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [improvement-opportunities]                |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [improvement-opportunities, change-needs]  |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1.changes

    @7.1.changes @nonconforming
    Scenario Outline: The last review does not conclude on <missing>
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | conclusions                               |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [improvement-opportunities, change-needs] |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | <conclusions>                             |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.changes is a minor nonconformity about MR-2026
      And the finding against 7.1.changes about MR-2026 points at $.managementReviews[1].conclusions

      Examples:
        | missing                                    | conclusions                 |
        | the need for change                        | [improvement-opportunities] |
        | improvement opportunities                  | [change-needs]              |
        | either improvement or change               | []                          |

  Rule: 7.1.records - the results of reviews are documented

    @7.1.records @conforming
    Scenario: Every review held has its minutes; a review still to be held has none yet
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       |
        | MR-2027 | 2027-10-15 | P-CEO     |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1.records

    @7.1.records @nonconforming
    Scenario: An older review has no minutes
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-10-20 | P-CEO     |                   |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1.records is a gap about MR-2025
      And the finding against 7.1.records about MR-2025 points at $.managementReviews[0].minutesDocumentId

  Rule: 7.2 - the review takes every required input into account

    @7.2.a @7.2.b @7.2.c @7.2.d @7.2.e @7.2.f @7.2.g @7.2.h @7.2.i @conforming
    Scenario: The last review considered every input; an older one skipped some
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | inputs                                                                                                                                                                               |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [audit-results, action-status]                                                                                                                                                       |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.2.a
      And there is no finding against 7.2.b
      And there is no finding against 7.2.c
      And there is no finding against 7.2.d
      And there is no finding against 7.2.e
      And there is no finding against 7.2.f
      And there is no finding against 7.2.g
      And there is no finding against 7.2.h
      And there is no finding against 7.2.i

    @nonconforming
    Scenario Outline: The last review did not consider <input>, though the one before did
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | inputs                                                                                                                                                                               |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | <inputs>                                                                                                                                                                             |
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a minor nonconformity about MR-2026
      And the finding against <requirement> about MR-2026 points at $.managementReviews[1].inputs

      @7.2.a
      Examples: audit and review results
        | requirement | input         | inputs                                                                                                                                                                |
        | 7.2.a       | audit-results | [interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.b
      Examples: feedback from interested parties
        | requirement | input                     | inputs                                                                                                                                                    |
        | 7.2.b       | interested-party-feedback | [audit-results, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.c
      Examples: techniques, products or procedures that could improve the ISMS
        | requirement | input                  | inputs                                                                                                                                                       |
        | 7.2.c       | improvement-techniques | [audit-results, interested-party-feedback, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.d
      Examples: status of corrective and preventive actions
        | requirement | input         | inputs                                                                                                                                                                |
        | 7.2.d       | action-status | [audit-results, interested-party-feedback, improvement-techniques, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.e
      Examples: threats and vulnerabilities not addressed by the last risk assessment
        | requirement | input               | inputs                                                                                                                                                          |
        | 7.2.e       | unaddressed-threats | [audit-results, interested-party-feedback, improvement-techniques, action-status, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.f
      Examples: results of effectiveness measurements
        | requirement | input                 | inputs                                                                                                                                                        |
        | 7.2.f       | effectiveness-results | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, previous-review-follow-up, changes, improvement-recommendations] |

      @7.2.g
      Examples: follow-up of previous reviews
        | requirement | input                     | inputs                                                                                                                                                    |
        | 7.2.g       | previous-review-follow-up | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, changes, improvement-recommendations] |

      @7.2.h
      Examples: changes that could affect the ISMS
        | requirement | input   | inputs                                                                                                                                                                                  |
        | 7.2.h       | changes | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, improvement-recommendations] |

      @7.2.i
      Examples: recommendations for improvement
        | requirement | input                       | inputs                                                                                                                                          |
        | 7.2.i       | improvement-recommendations | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes] |

  Rule: 7.3 - the review decides on effectiveness, risks, controls, resources and measurement

    @7.3.a @7.3.b @7.3.c @7.3.d @7.3.e @conforming
    Scenario: The last review decided on every output; an older one decided only on resources
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | outputs                                                                                                  |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [resource-needs]                                                                                         |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [effectiveness-improvement, risk-update, control-changes, resource-needs, measurement-improvement]      |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.3.a
      And there is no finding against 7.3.b
      And there is no finding against 7.3.c
      And there is no finding against 7.3.d
      And there is no finding against 7.3.e

    @nonconforming
    Scenario Outline: The last review recorded no decision on <output>, though the one before did
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | outputs                                                                                             |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [effectiveness-improvement, risk-update, control-changes, resource-needs, measurement-improvement] |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | <outputs>                                                                                           |
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a minor nonconformity about MR-2026
      And the finding against <requirement> about MR-2026 points at $.managementReviews[1].outputs

      @7.3.a
      Examples: improving the effectiveness of the ISMS
        | requirement | output                    | outputs                                                                   |
        | 7.3.a       | effectiveness-improvement | [risk-update, control-changes, resource-needs, measurement-improvement]   |

      @7.3.b
      Examples: updating the risk assessment and treatment plan
        | requirement | output      | outputs                                                                               |
        | 7.3.b       | risk-update | [effectiveness-improvement, control-changes, resource-needs, measurement-improvement] |

      @7.3.c
      Examples: modifying procedures and controls
        | requirement | output          | outputs                                                                           |
        | 7.3.c       | control-changes | [effectiveness-improvement, risk-update, resource-needs, measurement-improvement] |

      @7.3.d
      Examples: resource needs
        | requirement | output         | outputs                                                                            |
        | 7.3.d       | resource-needs | [effectiveness-improvement, risk-update, control-changes, measurement-improvement] |

      @7.3.e
      Examples: improving how control effectiveness is measured
        | requirement | output                  | outputs                                                            |
        | 7.3.e       | measurement-improvement | [effectiveness-improvement, risk-update, control-changes, resource-needs] |
