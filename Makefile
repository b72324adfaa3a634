# make test: everything CI runs, from a fresh machine with only Python. make demo: the README's demo.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)
export PYTHON := $(BIN)/python
ANSIBLE_TEST := tests/tools/ansible-test.sh
BUILD := build
INSTALLED := $(abspath $(BUILD))/collections
MODULES := $(basename $(notdir $(wildcard plugins/modules/*.py)))
VERSION := $(shell sed -n 's/^version: *//p' galaxy.yml)

RELEASE := $(abspath $(BUILD))/release
DOCSITE := $(abspath $(BUILD))/docsite

.PHONY: venv test unit sanity lint docs-lint changelog-lint build install-check emulator-tests integration demo clean \
  examples ee release release-check docs docs-check

$(VENV)/.installed: tests/requirements.txt tests/emulator/requirements.txt requirements.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r tests/requirements.txt -r tests/emulator/requirements.txt -r requirements.txt
	touch $@

venv: $(VENV)/.installed

test: venv unit sanity lint docs-lint changelog-lint install-check emulator-tests integration examples ee \
  release-check docs-check
	@echo "make test: all checks passed"

unit: venv
	$(ANSIBLE_TEST) units --local --python 3.11

sanity: venv
	$(ANSIBLE_TEST) sanity --local --python 3.11

lint: venv
	ansible-lint

changelog-lint: venv
	antsibull-changelog lint

build: venv
	rm -rf $(BUILD) && mkdir -p $(BUILD)
	ansible-galaxy collection build --output-path $(BUILD) .

# The built tarball installs into an empty collections path, and ansible-doc renders every module from it.
# --force: a copy installed elsewhere (say ~/.ansible/collections) must not make the install a no-op. ansible-doc
# exits 0 for a module it cannot find, so the check reads its JSON.
install-check: build
	ANSIBLE_COLLECTIONS_PATH=$(INSTALLED) ansible-galaxy collection install --force -p $(INSTALLED) \
	  $(BUILD)/norce-commerce-$(VERSION).tar.gz
	ANSIBLE_COLLECTIONS_PATH=$(INSTALLED) ANSIBLE_COLLECTIONS_SCAN_SYS_PATH=false \
	  ansible-doc --json -t module $(addprefix norce.commerce.,$(MODULES)) > $(BUILD)/module-docs.json
	python -c 'import json, sys; docs = json.load(open(sys.argv[1])); wanted = sys.argv[2:]; \
	  missing = [m for m in wanted if not docs.get(m, {}).get("doc")]; \
	  sys.exit("ansible-doc could not render: %s" % missing if missing else 0)' \
	  $(BUILD)/module-docs.json $(addprefix norce.commerce.,$(MODULES))
	@echo "ansible-doc rendered, from the installed tarball: $(MODULES)"

docs-lint: install-check
	cd $(INSTALLED)/ansible_collections/norce/commerce && ANSIBLE_COLLECTIONS_PATH=$(INSTALLED) \
	  antsibull-docs lint-collection-docs --plugin-docs --validate-collection-refs=all .

emulator-tests: venv
	python -m pytest -q -p no:cacheprovider -n 2 tests/emulator/tests

# Two ansible-test runs side by side, each with its own emulator (tests/tools/integration-shards.sh).
integration: venv
	tests/tools/integration-shards.sh

demo: venv
	tests/tools/demo.sh

# Every module's EXAMPLES, as written, in check mode against the emulator (tests/tools/module_examples.py).
examples: venv
	python tests/tools/module_examples.py

# The execution environment's build context (meta/execution-environment.yml, ansible-builder 3). Building the
# image needs a container engine: podman build -t norce-commerce-ee $(BUILD)/ee
ee: build
	rm -rf $(BUILD)/ee-src $(BUILD)/ee && mkdir -p $(BUILD)/ee-src
	cp meta/execution-environment.yml requirements.txt $(BUILD)/norce-commerce-$(VERSION).tar.gz $(BUILD)/ee-src/
	ansible-builder create -f $(BUILD)/ee-src/execution-environment.yml --context $(BUILD)/ee \
	  --output-filename Containerfile
	grep -q 'ansible-galaxy collection install --offline .*norce-collections' $(BUILD)/ee/Containerfile
	test -s $(BUILD)/ee/_build/collections/norce-commerce-$(VERSION).tar.gz
	grep -qx 'requests>=2.25' $(BUILD)/ee/_build/requirements.txt
	@echo "ee: build context in $(BUILD)/ee"

# The release tarball and CHANGELOG.rst, made from a copy of the tree: antsibull-changelog release consumes the
# fragments, and that must happen in the copy, not in the working tree. To cut a real release, run
# `antsibull-changelog release` in the tree and commit changelogs/ and CHANGELOG.rst (see docs/releasing.md).
release: venv
	rm -rf $(RELEASE) && mkdir -p $(RELEASE)/src
	git ls-files -co --exclude-standard -z | xargs -0 tar -cf - | (cd $(RELEASE)/src && tar -xf -)
	cd $(RELEASE)/src && antsibull-changelog release && antsibull-changelog lint
	cd $(RELEASE)/src && ansible-galaxy collection build --output-path $(RELEASE) .
	cp $(RELEASE)/src/CHANGELOG.rst $(RELEASE)/CHANGELOG.rst
	@echo "release: $(RELEASE)/norce-commerce-$(VERSION).tar.gz and $(RELEASE)/CHANGELOG.rst"

# The release tarball installed into an empty collections path, its CHANGELOG.rst checked, and the demo run from the
# installed copy the way AWX runs it (ansible-runner, credential type injectors, tests/tools/awx_runner.py).
release-check: release
	ansible-galaxy collection install --force -p $(RELEASE)/collections $(RELEASE)/norce-commerce-$(VERSION).tar.gz
	grep -q '^v$(VERSION)$$' $(RELEASE)/collections/ansible_collections/norce/commerce/CHANGELOG.rst
	python tests/tools/awx_runner.py $(RELEASE)/collections

# The docsite: module, lookup and role reference from the installed collection plus the guides in docs/.
# Offline, intersphinx cannot reach its inventories, hence --lenient.
docs: install-check
	rm -rf $(DOCSITE) && mkdir -p $(DOCSITE)
	ANSIBLE_COLLECTIONS_PATH=$(INSTALLED) antsibull-docs sphinx-init --use-current --lenient --fail-on-error \
	  --dest-dir $(DOCSITE) --extra-conf html_title='norce.commerce' norce.commerce
	cd $(DOCSITE) && ANSIBLE_COLLECTIONS_PATH=$(INSTALLED) ./build.sh > build.log 2>&1 || { cat build.log; exit 1; }
	@echo "docs: $(DOCSITE)/build/html/index.html"

# lint-collection-docs (docs-lint) checks the references in plugin documentation, not those in the guides; Sphinx
# does, as warnings that --lenient lets through. A reference to this collection that names nothing, or any warning
# in a guide, fails here. (Warnings about Ansible's own docs, which cannot be reached offline, do not.)
docs-check: docs
	! grep -E "undefined label: 'ansible_collections\.norce\.commerce\.|/norce/commerce/docsite/[^:]*:[0-9]*: (WARNING|ERROR)" \
	  $(DOCSITE)/build.log
	test -s $(DOCSITE)/build/html/collections/norce/commerce/resource_lookup.html
	test -s $(DOCSITE)/build/html/collections/norce/commerce/docsite/getting_started.html

clean:
	rm -rf $(VENV) $(BUILD) .ansible collections tests/output
