Feature: Clause 4.3.1 - the ISMS documentation
  An auditor asks for the document register and looks for each document the standard requires, in
  force (issued); then follows management decisions to the actions they led to, and the selected
  controls back to the risks they treat.

  Rule: 4.3.1 a) to i) - each required document is in the register and issued

    Background:
      Given these documents:
        | id        | title                           | type                       | version | status |
        | DOC-POL   | Information security policy     | policy                     | "3"     | issued |
        | DOC-OBJ   | Security objectives 2026        | objectives                 | "1"     | issued |
        | DOC-SCOPE | ISMS scope                      | scope                      | "2"     | issued |
        | DOC-PROC  | Access management procedure     | procedure                  | "1"     | issued |
        | DOC-RM    | Risk assessment methodology     | risk-methodology           | "2"     | issued |
        | DOC-RAR   | Risk assessment report 2026     | risk-assessment-report     | "1"     | issued |
        | DOC-RTP   | Risk treatment plan 2026        | risk-treatment-plan        | "1"     | issued |
        | DOC-MEAS  | Measuring control effectiveness | measurement-procedure      | "1"     | issued |
        | DOC-REC   | Register of records             | record-register            | "1"     | issued |
        | DOC-SOA   | Statement of Applicability      | statement-of-applicability | "4"     | issued |
        | DOC-MON   | Security monitoring procedure   | monitoring-procedure       | "1"     | issued |

    @4.3.1.a @4.3.1.b @4.3.1.c @4.3.1.d @4.3.1.e @4.3.1.f @4.3.1.g @4.3.1.h @4.3.1.i @conforming
    Scenario: A complete documentation set, every document issued
      Given these documents:
        | id          | title                       | type      | version | status   |
        | DOC-POL-OLD | Information security policy | policy    | "2"     | obsolete |
        | DOC-POL-NEW | Information security policy | policy    | "4"     | draft    |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.a
      And there is no finding against 4.3.1.b
      And there is no finding against 4.3.1.c
      And there is no finding against 4.3.1.d
      And there is no finding against 4.3.1.e
      And there is no finding against 4.3.1.f
      And there is no finding against 4.3.1.g
      And there is no finding against 4.3.1.h
      And there is no finding against 4.3.1.i

    @4.3.1.b @conforming
    Scenario: The scope is held by the document the scope section names
      Given document DOC-SCOPE is not in the register
      And these documents:
        | id        | title                 | type  | version | status |
        | DOC-ISMS  | ISMS manual           | other | "5"     | issued |
      And the scope is:
        | id         | SCOPE-1  |
        | documentId | DOC-ISMS |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.b

    @4.3.1.c @conforming
    Scenario: An incident procedure counts as a procedure supporting the ISMS
      Given document DOC-PROC is not in the register
      And document DOC-MEAS is not in the register
      And these documents:
        | id       | title                         | type               | version | status |
        | DOC-INC  | Incident management procedure | incident-procedure | "1"     | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.c

    @4.3.1.h @conforming
    Scenario: The records are documented as record types without a register document
      Given document DOC-REC is not in the register
      And these record types:
        | id     | name                     | evidenceOf |
        | REC-MR | Management review minutes | 7.1       |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.h

    @nonconforming
    Scenario Outline: A documentation set without <document>
      Given document <id> is not in the register
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a major nonconformity about $.documents

      @4.3.1.a
      Examples: policy and objectives
        | document                 | id      | requirement |
        | the ISMS policy          | DOC-POL | 4.3.1.a     |
        | the security objectives  | DOC-OBJ | 4.3.1.a     |

      @4.3.1.b
      Examples: scope
        | document       | id        | requirement |
        | the ISMS scope | DOC-SCOPE | 4.3.1.b     |

      @4.3.1.d
      Examples: methodology
        | document                        | id     | requirement |
        | the risk assessment methodology | DOC-RM | 4.3.1.d     |

      @4.3.1.e
      Examples: risk assessment report
        | document                   | id      | requirement |
        | the risk assessment report | DOC-RAR | 4.3.1.e     |

      @4.3.1.f
      Examples: treatment plan
        | document                | id      | requirement |
        | the risk treatment plan | DOC-RTP | 4.3.1.f     |

      @4.3.1.g
      Examples: measurement procedure
        | document                  | id       | requirement |
        | the measurement procedure | DOC-MEAS | 4.3.1.g     |

      @4.3.1.i
      Examples: Statement of Applicability
        | document                       | id      | requirement |
        | the Statement of Applicability | DOC-SOA | 4.3.1.i     |

    @4.3.1.g @nonconforming
    Scenario: The documentation set has no monitoring procedure
      Given document DOC-MON is not in the register
      When it is assessed on 2026-11-29
      Then the findings against 4.3.1.g are:
        | kind                | subject     |
        | minor nonconformity | $.documents |
      And the finding against 4.3.1.g about $.documents says "monitoring"

    @4.3.1.a @nonconforming
    Scenario: Objectives listed in the snapshot but not in a controlled document
      Given document DOC-OBJ is not in the register
      And these objectives:
        | id    | description                                  |
        | OBJ-1 | No more than two high incidents a year       |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.a is a major nonconformity about $.documents

    @4.3.1.c @nonconforming
    Scenario: A documentation set without any procedure
      Given document DOC-PROC is not in the register
      And document DOC-MEAS is not in the register
      And document DOC-MON is not in the register
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.c is a major nonconformity about $.documents

    @nonconforming
    Scenario Outline: <document> exists only as a draft
      Given document <id> is a draft
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a minor nonconformity about <id>
      And the finding against <requirement> about <id> points at <path>

      @4.3.1.a
      Examples: policy and objectives
        | document                | id      | requirement | path                  |
        | The ISMS policy         | DOC-POL | 4.3.1.a     | $.documents[0].status |
        | The security objectives | DOC-OBJ | 4.3.1.a     | $.documents[1].status |

      @4.3.1.b
      Examples: scope
        | document       | id        | requirement | path                  |
        | The ISMS scope | DOC-SCOPE | 4.3.1.b     | $.documents[2].status |

      @4.3.1.d
      Examples: methodology
        | document                        | id     | requirement | path                  |
        | The risk assessment methodology | DOC-RM | 4.3.1.d     | $.documents[4].status |

      @4.3.1.e
      Examples: risk assessment report
        | document                   | id      | requirement | path                  |
        | The risk assessment report | DOC-RAR | 4.3.1.e     | $.documents[5].status |

      @4.3.1.f
      Examples: treatment plan
        | document                | id      | requirement | path                  |
        | The risk treatment plan | DOC-RTP | 4.3.1.f     | $.documents[6].status |

      @4.3.1.g
      Examples: measurement procedure
        | document                  | id       | requirement | path                  |
        | The measurement procedure | DOC-MEAS | 4.3.1.g     | $.documents[7].status |

      @4.3.1.h
      Examples: record register
        | document                | id      | requirement | path                  |
        | The register of records | DOC-REC | 4.3.1.h     | $.documents[8].status |

      @4.3.1.i
      Examples: Statement of Applicability
        | document                       | id      | requirement | path                  |
        | The Statement of Applicability | DOC-SOA | 4.3.1.i     | $.documents[9].status |

    @4.3.1.c @nonconforming
    Scenario: Every procedure supporting the ISMS is still a draft
      Given document DOC-PROC is a draft
      And document DOC-MEAS is obsolete
      And document DOC-MON is a draft
      When it is assessed on 2026-11-29
      Then the findings against 4.3.1.c are:
        | kind                | subject  |
        | minor nonconformity | DOC-PROC |
        | minor nonconformity | DOC-MEAS |
        | minor nonconformity | DOC-MON  |

    @4.3.1.h @nonconforming
    Scenario: No record register and an empty list of record types is one finding
      Given document DOC-REC is not in the register
      And the snapshot lists no record types
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.h is a major nonconformity about $.recordTypes
      And there is no finding against 4.3.3.established

    @4.3.1.h @nonconforming
    Scenario: No record register and no record types listed is the one gap of 4.3.3
      Given document DOC-REC is not in the register
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.h
      And the only finding against 4.3.3.established is a gap about $.recordTypes

  Rule: 4.3.1 - without a document register there is one finding, not one per required document

    @4.3.1.a @nonconforming
    Scenario: No document register in the snapshot is one gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.a is a gap about $.documents
      And there is no finding against 4.3.1.b
      And there is no finding against 4.3.1.c
      And there is no finding against 4.3.1.g
      And there is no finding against 4.3.1.h
      And there is no finding against 4.3.1.i
      And there is no finding against 4.3.2.procedure
      And there is no finding against 4.3.2.protect

    @4.3.1.a @nonconforming
    Scenario: An empty document register is one major nonconformity
      Given the snapshot lists no documents
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.a is a major nonconformity about $.documents
      And there is no finding against 4.3.1.b
      And there is no finding against 4.3.1.d
      And there is no finding against 4.3.1.i
      And there is no finding against 4.3.2.procedure
      And there is no finding against 4.3.2.protect
      And there is no finding against 4.3.2.c

  Rule: 4.3.1.records - management decisions are recorded and actions trace back to them

    Background:
      Given these people:
        | id    | name         | jobTitle    | management |
        | P-CEO | Ada Lovelace | CEO         | true       |
        | P-OPS | Grace Hopper | Head of Ops | false      |

    @4.3.1.records @conforming
    Scenario: Decisions are recorded and every action names where it comes from
      Given these management decisions:
        | id    | kind               | decidedBy | decidedOn  | description                          |
        | MD-1  | isms-authorization | P-CEO     | 2026-01-15 |                                      |
        | MD-2  | other              | P-CEO     | 2026-03-02 | Move the payroll service to AWS      |
      And these treatment plan items:
        | id   | action                   | owner | sourceIds    |
        | TP-1 | Patch servers within 14d | P-OPS | [MD-1, R-12] |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | owner |
        | CA-1 | corrective | internal-audit | AF-3     | P-OPS |
      And these improvements:
        | id    | source            | sourceId | description               |
        | IMP-1 | management-review | MR-2026  | Automate access reviews   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.records

    @4.3.1.records @nonconforming
    Scenario: An incomplete decision record and actions that name no source
      Given these management decisions:
        | id    | kind               | decidedBy | decidedOn  | description |
        | MD-1  | isms-authorization | P-CEO     | 2026-01-15 |             |
        | MD-2  | other              | P-CEO     |            |             |
      And these treatment plan items:
        | id   | action                   | owner | sourceIds |
        | TP-1 | Patch servers within 14d | P-OPS | [MD-1]    |
        | TP-2 | Encrypt laptops          | P-OPS |           |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | owner |
        | CA-1 | corrective | internal-audit | AF-3     | P-OPS |
        | CA-2 | corrective | incident       |          | P-OPS |
      And these improvements:
        | id    | source            | sourceId | description             |
        | IMP-1 | management-review | MR-2026  | Automate access reviews |
        | IMP-2 | other             |          | Single sign-on          |
      When it is assessed on 2026-11-29
      Then the findings against 4.3.1.records are:
        | kind                | subject |
        | minor nonconformity | MD-2    |
        | minor nonconformity | TP-2    |
        | minor nonconformity | CA-2    |
        | minor nonconformity | IMP-2   |
      And the finding against 4.3.1.records about MD-2 points at $.decisions[1].decidedOn
      And the finding against 4.3.1.records about MD-2 points at $.decisions[1].description
      And the finding against 4.3.1.records about TP-2 points at $.treatmentPlan[1].sourceIds

    @4.3.1.records @nonconforming
    Scenario: An empty list of management decisions
      Given the snapshot lists no management decisions
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.records is a major nonconformity about $.decisions

    @4.3.1.records @conforming
    Scenario: No decisions section at all is left to the one gap of 4.2.1.i
      Given an organization
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.records
      And the only finding against 4.2.1.i is a gap about $.decisions

  Rule: 4.3.1.trace - each selected control traces back to a risk or a stated requirement

    Background:
      Given these risks:
        | id   | threat     | treatment      | controls   |
        | R-12 | Ransomware | apply-controls | [A.10.5.1] |

    @4.3.1.trace @conforming
    Scenario: Selected controls linked through the SoA or through the risks' controls
      Given these SoA entries:
        | control  | applicable | reason             | riskIds | requirementIds | justification       |
        | A.10.5.1 | true       | Back-ups           |         |                |                     |
        | A.12.6.1 | true       | Patching           | [R-12]  |                |                     |
        | A.15.1.4 | true       | Personal data      |         | [LR-GDPR]      |                     |
        | A.9.1.6  | false      |                    |         |                | No loading areas    |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.1.trace

    @4.3.1.trace @nonconforming
    Scenario: A selected control that no risk or requirement calls for
      Given these SoA entries:
        | control  | applicable | reason             | riskIds | requirementIds | justification    |
        | A.10.5.1 | true       | Back-ups           |         |                |                  |
        | A.12.6.1 | true       | Patching           | [R-12]  |                |                  |
        | A.11.7.2 | true       | Good practice      |         |                |                  |
        | A.9.1.6  | false      |                    |         |                | No loading areas |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.trace is a minor nonconformity about A.11.7.2
      And the finding against 4.3.1.trace about A.11.7.2 points at $.statementOfApplicability.entries[2].riskIds

    @4.3.1.trace @nonconforming
    Scenario: No selected control is linked to anything is one major nonconformity
      Given these SoA entries:
        | control  | applicable | reason        |
        | A.5.1.1  | true       | Good practice |
        | A.11.7.2 | true       | Good practice |
        | A.12.6.1 | true       | Good practice |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.1.trace is a major nonconformity about SOA
