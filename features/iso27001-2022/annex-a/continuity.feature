Feature: Annex A.14 - business continuity: disruptive events, continuity plans and their tests

  Background:
    Given these people:
      | id    | name         | jobTitle       |
      | P-COO | Ada Lovelace | COO            |
      | P-OPS | Grace Hopper | Head of IT     |

  Rule: A.5.29 - events that could interrupt business processes are identified with their security impact

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |

  Rule: A.5.29 - the business processes are shown

  Rule: A.5.29 - every critical process is covered by a continuity plan that includes information security

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |

  Rule: A.5.29 - continuity plans are tested at planned intervals and work

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |
