import { css } from 'lit';

export const staffPeopleStyles = css`
  .part {
    margin-bottom: calc(var(--_space) * 2);
  }
  .pool-form,
  .weights {
    margin-bottom: var(--_space);
  }
  .more-filters {
    margin-bottom: var(--_space);
  }
  /* Link-styled, as every other "show more" on the staff pages (list-paging.ts .item-more). */
  .more-filters > summary,
  .facts > summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .more-filters > summary,
  .facts[open] > summary {
    margin-bottom: var(--_space);
  }
  @media (max-width: 40em) {
    .pool-form .form-group {
      margin-bottom: 1em;
    }
    .pool-form .more-filters {
      margin-bottom: 0.5em;
    }
  }
  .weights .input {
    width: 5em;
  }
  .training {
    align-self: flex-end;
  }
  .why-title {
    font-weight: 700;
    margin: 0.5em 0 0.25em;
  }
  .reasons,
  .invitation-list {
    margin: 0 0 var(--_space);
    padding-left: 1.2em;
  }
  .reasons li,
  .invitation-list li {
    margin-bottom: 0.25em;
  }
  .to-arrange {
    font-weight: 700;
  }
  .person-detail {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: var(--_space);
  }
  .row-result:empty {
    display: none;
  }
`;
