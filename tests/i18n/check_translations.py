#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
"""Checks the shipped .ts files: every message finished (no unfinished, vanished or obsolete entry), the
same placeholders (%1..%9, %L1.., %n, %Ln) and keyboard accelerators (&) in source and translation, and every
context one the program asks for at run time (a QObject class, Q_DECLARE_TR_FUNCTIONS(Context),
QCoreApplication::translate("Context", ...) or QT_TRANSLATE_NOOP("Context", ...) looked up later), so that no message is filed where it is never looked up.

Usage: check_translations.py SOURCE_ROOT FILE.ts...
"""
import collections
import os
import re
import sys
import xml.etree.ElementTree as ET

NUMBERED = re.compile(r'%L?[1-9]')
COUNT = re.compile(r'%L?n')
ACCELERATOR = re.compile(r'&(?!&)')


def asked_contexts(root):
    """The contexts the code asks for at run time."""
    contexts = set()
    for folder in ('app', 'ui'):
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in files:
                if not name.endswith(('.cpp', '.h')):
                    continue
                with open(os.path.join(directory, name), encoding='utf-8') as source:
                    text = source.read()
                contexts.update(re.findall(r'QCoreApplication::translate\(\s*"([^"]+)"', text))
                contexts.update(re.findall(r'Q_DECLARE_TR_FUNCTIONS\((\w+)\)', text))
                # Text marked for later lookup, by translate() or a document's own DocumentLanguage::text().
                contexts.update(re.findall(r'QT_TRANSLATE_NOOP3?\(\s*"([^"]+)"', text))
                if name.endswith('.h'):
                    namespace = 'bk::cli::' if 'namespace bk::cli' in text else 'bk::'
                    for cls in re.findall(r'class\s+(\w+)\s*(?:final\s*)?:[^{;]*\{\s*Q_OBJECT', text):
                        contexts.add(namespace + cls)
    return contexts


def check(path, contexts):
    problems = []
    tree = ET.parse(path)
    root = tree.getroot()
    english = root.get('language', '').startswith('en')
    for context in root.iter('context'):
        name = context.findtext('name')
        if name not in contexts:
            problems.append(f'context "{name}" is never asked for at run time (a tr() helper lupdate '
                            'cannot place?)')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{name}: "{source[:70]}"'
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where} is {kind}')
                continue
            numerus = message.get('numerus') == 'yes'
            if english and not numerus:
                problems.append(f'{where}: the English file holds only plural forms')
            forms = [form.text or '' for form in translation.iter('numerusform')] if numerus \
                else [translation.text or '']
            if any(not form.strip() for form in forms) or not forms:
                problems.append(f'{where} has an empty translation')
                continue
            wanted = collections.Counter(NUMBERED.findall(source))
            counts = set(COUNT.findall(source))
            for form in forms:
                if collections.Counter(NUMBERED.findall(form)) != wanted:
                    problems.append(f'{where}: placeholders differ in "{form[:70]}"')
                if not set(COUNT.findall(form)) <= counts:
                    problems.append(f'{where}: "{form[:70]}" has a count the source does not have')
            # A singular form may say "a follow-up" instead of "1 follow-up"; the plural form says the number.
            if counts and not set(COUNT.findall(forms[-1])) == counts:
                problems.append(f'{where}: the plural form "{forms[-1][:70]}" lacks {sorted(counts)}')
            if not numerus:
                if len(ACCELERATOR.findall(source.replace('&&', ''))) != \
                        len(ACCELERATOR.findall(forms[0].replace('&&', ''))):
                    problems.append(f'{where}: the accelerator (&) is lost or doubled in "{forms[0][:70]}"')
                if source.count('&&') != forms[0].count('&&'):
                    problems.append(f'{where}: a literal && is lost in "{forms[0][:70]}"')
    return problems


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    contexts = asked_contexts(arguments[0])
    failed = False
    for path in arguments[1:]:
        problems = check(path, contexts)
        for problem in problems:
            print(f'{os.path.basename(path)}: {problem}')
        failed = failed or bool(problems)
        print(f'{os.path.basename(path)}: {"FAILED" if problems else "ok"}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
