"""English phrases QA found on Thai dashboard pages: which of them a page's visible text still shows."""

import re


def english_found(html: str, phrases: list[str]) -> list[str]:
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return [phrase for phrase in phrases if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
