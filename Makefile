# Two commands for a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# The stamp names the Python version, so `make test PYTHON=python3.13` after a 3.11 run rebuilds.
PY_VERSION := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
STAMP  := $(VENV)/.installed-$(PY_VERSION)

.PHONY: lab test test-core test-machines lint venv release benchmark reliability clean

venv: $(STAMP)

# Create the venv once; reinstall only when the pins or the package metadata change.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	@if [ -x $(PY) ] && [ "$$($(PY) -c 'import sys; print(sys.version_info[:2])')" != \
	     "$$($(PYTHON) -c 'import sys; print(sys.version_info[:2])')" ]; then \
	    echo "$(VENV) was made with another Python: making it anew"; rm -rf $(VENV); fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

lab: $(STAMP)
	$(PY) -m autograder lab

# Two workers, one per core. (Three were faster, 7 min 31 s against 9 min 15 s, but
# starved a kernel that a hang test interrupts: "Kernel didn't respond in 60 s".)
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n 2 --dist loadgroup -m "not load and not machines" --durations=15
	# The load test burns both cores on purpose: alone, so it cannot slow other tests.
	$(PY) -m pytest -m load

# What CI runs again on each other Python (3.12, 3.13): setup, every lesson, the corpus and
# the solutions through grade, the runner, checks, server and grading tests. Not the
# instructor workflow, the browser or the load test, which test no version-specific code.
test-core: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadgroup -m "not load and not browser and not machines" \
	    --ignore=tests/instructor

# Same verdicts on other machines (tests/reliability/machines.py): a CPU 3x faster, 2 and 32
# cores, a 0.25 CPU quota (needs root and cgroup v1). About 10 minutes; CI runs it.
test-machines: $(STAMP)
	$(PY) -m pytest -m machines -v

lint: $(STAMP)
	$(VENV)/bin/ruff check .

release: $(STAMP)
	$(PY) -m autograder release --all

# About 40 minutes: each script prints its figures and ratios (see benchmarks/README.md).
benchmark: $(STAMP)
	$(PY) benchmarks/server_overhead.py
	$(PY) benchmarks/httpbin_compare.py
	$(PY) benchmarks/grade_speed.py
	$(PY) benchmarks/full_submission.py
	$(PY) benchmarks/class_grading.py
	$(PY) benchmarks/sandbox_cost.py
	$(PY) benchmarks/course_time.py

# The long runs (about 50 minutes): the load test repeated; every correct corpus notebook
# graded two at a time under the same load (reports in benchmarks/results/); a class
# autograded with --jobs 1 and --jobs 2 under load, both exports checked against the goldens;
# then the whole corpus at a 0.25 CPU quota (a cgroup, as JupyterHub's cpu_limit; root).
reliability: $(STAMP)
	$(PY) -m tests.reliability.soak --repeat 10
	$(PY) -m tests.reliability.soak --repeat 3 --all --jobs 2 --out benchmarks/results/reliability-all.md
	$(PY) benchmarks/class_grading.py --load
	$(PY) -m tests.reliability.cpu_quota --cpus 0.25

clean:
	rm -rf $(VENV) .exchange .jupyter autograded feedback submitted gradebook.db test-artifacts
