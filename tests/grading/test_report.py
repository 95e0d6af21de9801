"""Does ``grade`` print what students and other tooling expect?"""

from __future__ import annotations

import json

from autograder.grading.report import NotebookResult, TestResult, stopped, to_json, to_text

RESULT = NotebookResult("work/demo.ipynb", "demo", [
    TestResult("check-add", 1.0, 1.0, True),
    TestResult("hidden-double", 0.0, 2.0, False, "AssertionError: double_later(-3) should "
                                                 "return -6"),
])


def test_text_has_a_line_per_test_and_a_total():
    """Is each test one line (mark, id, points, message), followed by the total?"""
    assert to_text([RESULT]).splitlines() == [
        "work/demo.ipynb (demo)",
        "  ✓ check-add      1.0/1.0",
        "  ✗ hidden-double  0.0/2.0  AssertionError: double_later(-3) should return -6",
        "  total 1.0/3.0",
    ]


def test_multiline_message_is_indented():
    """Does a message of several lines stay under its test?"""
    result = NotebookResult("a.ipynb", "demo", [TestResult("t", 0.0, 1.0, False, "one\ntwo")])
    assert to_text([result]).splitlines()[1:3] == ["  ✗ t  0.0/1.0  one", "      two"]


def test_json_document():
    """Is the JSON exactly the contract's shape, with sums per notebook?"""
    assert json.loads(to_json([RESULT])) == {"notebooks": [{
        "path": "work/demo.ipynb", "assignment": "demo", "score": 1.0, "max_score": 3.0,
        "tests": [
            {"grade_id": "check-add", "score": 1.0, "max_score": 1.0, "passed": True,
             "message": ""},
            {"grade_id": "hidden-double", "score": 0.0, "max_score": 2.0, "passed": False,
             "message": "AssertionError: double_later(-3) should return -6"},
        ]}]}


def test_json_of_nothing():
    """Is an empty run still a valid document?"""
    assert json.loads(to_json([])) == {"notebooks": []}


def test_stopped_notebook_fails_every_test():
    """Does a stopped notebook fail every test with the bound in the message?"""
    result = stopped("a.ipynb", "demo", (("check-add", 1.0), ("hidden-add", 2.0)), 180)
    assert [(t.grade_id, t.score, t.max_score, t.passed) for t in result.tests] == [
        ("check-add", 0.0, 1.0, False), ("hidden-add", 0.0, 2.0, False)]
    assert {t.message for t in result.tests} == {
        "grading stopped after 180 s: the notebook never finished"}
