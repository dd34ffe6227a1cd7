export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">
            Stewardship measures how well the partners of an integrated care system work together. It is open-source
            software.
          </p>
        </div>
      </div>
    </footer>
  );
}
