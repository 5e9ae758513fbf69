Feature: Clause 9.3 - management review of the ISMS
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

  Rule: 9.3.1 - management reviews the ISMS at planned intervals, at least once a year

    @9.3.1 @conforming
    Scenario: The last review was held within the year, after an older one that would be overdue on its own
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-03-12 | P-CEO     | DOC-MR-2025       |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.1

    @9.3.1 @nonconforming
    Scenario: The snapshot says nothing about management reviews
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a gap about $.managementReviews

    @9.3.1 @nonconforming
    Scenario: A review planned for next month does not make up for a last review held 18 months ago
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2024 | 2024-05-20 | P-CEO     | DOC-MR-2025       |
        | MR-2025 | 2025-05-28 | P-CEO     | DOC-MR-2026       |
        | MR-2026 | 2026-12-10 | P-CEO     |                   |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a minor nonconformity about MR-2025
      And the finding against 9.3.1 about MR-2025 points at $.managementReviews[1].heldOn

    @9.3.1 @nonconforming
    Scenario: The organization's own half-yearly interval makes an eight-month-old review overdue
      Given the organization's own interval for management-review is P6M
      And these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2026 | 2026-03-27 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a minor nonconformity about MR-2026

    @9.3.1 @nonconforming
    Scenario: The next review falls due within the month
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-12-15 | P-CEO     | DOC-MR-2025       |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is an observation about MR-2025

    @9.3.1 @nonconforming
    Scenario: Reviews recorded without a date cannot show the yearly rhythm
      Given these management reviews:
        | id      | chairedBy | minutesDocumentId |
        | MR-A    | P-CEO     | DOC-MR-2025       |
        | MR-B    | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a gap about MR-A
      And the finding against 9.3.1 about MR-A points at $.managementReviews[0].heldOn

    @9.3.1 @nonconforming
    Scenario: A two-yearly plan does not excuse a review that is more than a year old
      Given the organization's own interval for management-review is P24M
      And these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-24 | 2024-06-01 | P-CEO     |
        | MR-25 | 2025-08-01 | P-CEO     |
        | MR-26 |            | P-CEO     |
      When it is assessed on 2026-11-29
      Then the findings against 9.3.1 are:
        | kind                | subject                  |
        | minor nonconformity | MR-25                    |
        | minor nonconformity | $.organization.intervals |
      And the finding against 9.3.1 about MR-25 points at $.managementReviews[1].heldOn

    @9.3.1 @nonconforming
    Scenario: An assessor's two-yearly setting does not excuse a review more than a year old
      Given the assessor's intervals file sets management-review to P24M
      And these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-08-01 | P-CEO     | DOC-MR-2025       |
      When it is assessed on 2026-11-29
      Then the findings against 9.3.1 are:
        | kind                | subject |
        | minor nonconformity | MR-2025 |
      And the finding against 9.3.1 about MR-2025 says "more than a year"

    @9.3.1 @conforming
    Scenario: The latest review set the next one within the year, and it is not yet due (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       | 2027-02-25          |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.1

    @9.3.1 @nonconforming
    Scenario: The latest review set the next one beyond the year (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-03-10 | P-CEO     | DOC-MR-2026       | 2027-06-01          |
      When it is assessed on 2026-11-29
      Then the findings against 9.3.1 are:
        | kind                | subject |
        | minor nonconformity | MR-2026 |
      And the finding against 9.3.1 about MR-2026 points at $.managementReviews[0].nextReviewPlannedOn

    @9.3.1 @nonconforming
    Scenario: The review planned for September was not held, although the year has not run out (format 1.1)
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | nextReviewPlannedOn |
        | MR-2026 | 2026-01-20 | P-CEO     | DOC-MR-2026       | 2026-09-15          |
      When it is assessed on 2026-11-29
      Then the findings against 9.3.1 are:
        | kind                | subject |
        | minor nonconformity | MR-2026 |
      And the finding against 9.3.1 about MR-2026 says "planned for 2026-09-15 has not been held"

  Rule: 9.3.3 - the review assesses opportunities for improvement and the need for change

    @9.3.3 @conforming
    Scenario: The last review decided on improvement opportunities, the need for change and every required output
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | conclusions                                | outputs                                                                                              |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [improvement-opportunities, change-needs]  | [effectiveness-improvement, risk-update, control-changes, resource-needs, measurement-improvement] |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.3

    @9.3.3 @nonconforming
    Scenario: The last review looked for improvement opportunities but did not assess the need for change
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | conclusions                  | outputs                                                                                              |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [improvement-opportunities, change-needs] | [effectiveness-improvement, risk-update, control-changes, resource-needs, measurement-improvement] |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [improvement-opportunities]  | [effectiveness-improvement, risk-update, control-changes, resource-needs, measurement-improvement] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.3 is a minor nonconformity about MR-2026
      And the finding against 9.3.3 about MR-2026 points at $.managementReviews[1].conclusions

  Rule: 9.3.3.documented - the results of reviews are documented

    @9.3.3.documented @conforming
    Scenario: Every review held has its minutes; a review still to be held has none yet
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       |
        | MR-2027 | 2027-10-15 | P-CEO     |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.3.documented

    @9.3.3.documented @nonconforming
    Scenario: An older review has no minutes
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId |
        | MR-2025 | 2025-10-20 | P-CEO     |                   |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.3.documented is a gap about MR-2025
      And the finding against 9.3.3.documented about MR-2025 points at $.managementReviews[0].minutesDocumentId

  Rule: 7.2 - the review takes every required input into account

    @9.3.2.d @9.3.2.e @9.3.2.g @9.3.2.f @9.3.2.a @9.3.2.b @9.3.2.c @conforming
    Scenario: The last review considered every input; an older one skipped some
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | inputs                                                                                                                                                                               |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [audit-results, action-status]                                                                                                                                                       |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations, interested-party-changes] |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.2.c
      And there is no finding against 9.3.2.d
      And there is no finding against 9.3.2.e
      And there is no finding against 9.3.2.g
      And there is no finding against 9.3.2.d
      And there is no finding against 9.3.2.f
      And there is no finding against 9.3.2.d
      And there is no finding against 9.3.2.a
      And there is no finding against 9.3.2.b
      And there is no finding against 9.3.2.g

    @nonconforming
    Scenario Outline: The last review did not consider <input>, though the one before did
      Given these management reviews:
        | id      | heldOn     | chairedBy | minutesDocumentId | inputs                                                                                                                                                                               |
        | MR-2025 | 2025-10-20 | P-CEO     | DOC-MR-2025       | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |
        | MR-2026 | 2026-10-15 | P-CEO     | DOC-MR-2026       | <inputs>                                                                                                                                                                             |
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a minor nonconformity about MR-2026
      And the finding against <requirement> about MR-2026 points at $.managementReviews[1].inputs

      @9.3.2.d
      Examples: audit and review results
        | requirement | input         | inputs                                                                                                                                                                |
        | 9.3.2.d       | audit-results | [interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.e
      Examples: feedback from interested parties
        | requirement | input                     | inputs                                                                                                                                                    |
        | 9.3.2.e       | interested-party-feedback | [audit-results, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.g
      Examples: techniques, products or procedures that could improve the ISMS
        | requirement | input                  | inputs                                                                                                                                                       |
        | 9.3.2.g       | improvement-techniques | [audit-results, interested-party-feedback, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.d
      Examples: status of corrective and preventive actions
        | requirement | input         | inputs                                                                                                                                                                |
        | 9.3.2.d       | action-status | [audit-results, interested-party-feedback, improvement-techniques, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.f
      Examples: threats and vulnerabilities not addressed by the last risk assessment
        | requirement | input               | inputs                                                                                                                                                          |
        | 9.3.2.f       | unaddressed-threats | [audit-results, interested-party-feedback, improvement-techniques, action-status, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.d
      Examples: results of effectiveness measurements
        | requirement | input                 | inputs                                                                                                                                                        |
        | 9.3.2.d       | effectiveness-results | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, previous-review-follow-up, changes, improvement-recommendations] |

      @9.3.2.a
      Examples: follow-up of previous reviews
        | requirement | input                     | inputs                                                                                                                                                    |
        | 9.3.2.a       | previous-review-follow-up | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, changes, improvement-recommendations] |

      @9.3.2.b
      Examples: changes that could affect the ISMS
        | requirement | input   | inputs                                                                                                                                                                                  |
        | 9.3.2.b       | changes | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, improvement-recommendations] |

      @9.3.2.g
      Examples: recommendations for improvement
        | requirement | input                       | inputs                                                                                                                                          |
        | 9.3.2.g       | improvement-recommendations | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes] |

      @9.3.2.c
      Examples: changes in the needs and expectations of interested parties
        | requirement | input                    | inputs |
        | 9.3.2.c     | interested-party-changes | [audit-results, interested-party-feedback, improvement-techniques, action-status, unaddressed-threats, effectiveness-results, previous-review-follow-up, changes, improvement-recommendations] |

  Rule: 7.3 - the review decides on effectiveness, risks, controls, resources and measurement
