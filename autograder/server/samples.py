"""Fixed bodies for ``/json`` and ``/html`` (the same documents httpbin serves)."""

__all__ = ["HTML_PAGE", "SLIDESHOW"]

SLIDESHOW = {
    "slideshow": {
        "author": "Yours Truly",
        "date": "date of publication",
        "slides": [
            {"title": "Wake up to WonderWidgets!", "type": "all"},
            {
                "items": [
                    "Why <em>WonderWidgets</em> are great",
                    "Who <em>buys</em> WonderWidgets",
                ],
                "title": "Overview",
                "type": "all",
            },
        ],
        "title": "Sample Slide Show",
    }
}

HTML_PAGE = """<!DOCTYPE html>
<html>
  <head>
  </head>
  <body>
      <h1>Herman Melville - Moby-Dick</h1>

      <div>
        <p>
          Availing himself of the mild, summer-cool weather that now reigned in these
          latitudes, and in preparation for the peculiarly active pursuits shortly to be
          anticipated, Perth, the begrimed, blistered old blacksmith, had not removed his
          portable forge to the hold again, after concluding his contributory work for
          Ahab's leg, but still retained it on deck, fast lashed to ringbolts by the
          foremast.
        </p>
      </div>
  </body>
</html>"""
