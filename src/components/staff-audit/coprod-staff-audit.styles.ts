import { css } from 'lit';

export const staffAuditStyles = css`
  .filters {
    margin-bottom: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .actions {
    align-items: center;
  }
  .actions .button {
    width: auto;
  }
  .more > summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    margin-bottom: var(--_space);
  }
  @media (max-width: 40em) {
    .filters {
      margin-bottom: var(--_space);
    }
    .filters .form-group {
      margin-bottom: 1em;
    }
  }
  .records {
    overflow-wrap: anywhere;
  }
`;
