# Installs lkjip under a prefix: the binary in $(PREFIX)/bin, its templates and assets in
# $(PREFIX)/share/lkjip, where the binary finds them from its own location.
#
#   make install PREFIX=/usr/local        # or PREFIX=$HOME/.local, DESTDIR=... for packaging
#
# The binary is linked with the Swift standard library and Foundation inside it
# (--static-swift-stdlib), so the installed lkjip needs no Swift toolchain: only the system
# libraries libxml2 and zlib (and LibreOffice and poppler for PDFs and page numbers).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# SwiftPM's build folder; another one lets `make install` run while a `swift test` holds .build.
SCRATCH ?= .build
BUILD_FLAGS = -c release --static-swift-stdlib --scratch-path "$(SCRATCH)"
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/lkjip

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build $(BUILD_FLAGS) --product lkjip

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 0755 "$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/lkjip" "$(BINDIR)/lkjip"
	# Symbols are for debugging the build, not for users: stripped, the binary is a fraction.
	strip "$(BINDIR)/lkjip" 2>/dev/null || true
	rm -rf "$(SHAREDIR)/templates" "$(SHAREDIR)/assets"
	cp -R templates assets "$(SHAREDIR)/"
	chmod -R u+rwX,go+rX "$(SHAREDIR)"

uninstall:
	rm -f "$(BINDIR)/lkjip"
	rm -rf "$(SHAREDIR)"
