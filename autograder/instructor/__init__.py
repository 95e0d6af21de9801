"""The instructor's workflow on the course root, nbgrader underneath.

``collect`` (submissions and LMS zips into ``submitted/``, students registered),
``autograde`` (one ``nbgrader autograde --student`` per student), ``feedback``
(``nbgrader generate_feedback``) and ``export`` (``nbgrader export``).
"""
