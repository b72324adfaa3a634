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

.PHONY: venv test unit sanity lint docs-lint changelog-lint build install-check emulator-tests integration demo clean

$(VENV)/.installed: tests/requirements.txt tests/emulator/requirements.txt requirements.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r tests/requirements.txt -r tests/emulator/requirements.txt -r requirements.txt
	touch $@

venv: $(VENV)/.installed

test: venv unit sanity lint docs-lint changelog-lint install-check emulator-tests integration
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

integration: venv
	$(ANSIBLE_TEST) integration --local --python 3.11

demo: venv
	tests/tools/demo.sh

clean:
	rm -rf $(VENV) $(BUILD) .ansible collections tests/output
